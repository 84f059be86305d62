package extract

import "testing"

// TestInitialNames checks firms named by two initials, one-letter tickers,
// and the pairs of initials that are no firm's.
func TestInitialNames(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"The rating agency lowered the company's debt. S and P said the action reflected weak results.",
			map[string]EntityType{"S and P": Organization}, []string{"S", "P"}},
		{"C and W's project will link Japan and Alaska, the company said.",
			map[string]EntityType{"C and W": Organization}, []string{"C", "W"}},
		{"Ford Motor Co <F> and Chrysler Corp <C> raised prices on Monday.",
			map[string]EntityType{"Ford Motor Co": Organization, "Chrysler Corp": Organization}, []string{"F", "C"}},
		// letters of a list and initials of common nouns
		{"Holders of class A and B shares will vote on the plan in May.", nil, []string{"A and B"}},
		{"The series A and B preferred shares carry no vote, the company said.", nil, []string{"A and B"}},
		{"The firm said R and D is costly and would be cut next year.", nil, []string{"R and D"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
