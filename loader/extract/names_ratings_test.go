package extract

import "testing"

// TestDropRatings checks that a credit rating's letters name no entity in a
// sentence about ratings or before what they rate, and that the same
// letters stay a body's acronym elsewhere.
func TestDropRatings(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"Affirmed were American Express' AA senior debt, AA-minus subordinated debt and A-1-plus commercial paper.",
			map[string]EntityType{"American Express": Organization}, []string{"AA", "AA-minus"}},
		{"He noted Hungary had been given an AA rating enabling it to raise money.",
			nil, []string{"AA"}},
		{"The AA said insurance rates were raised.",
			map[string]EntityType{"AA": Organization}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
