package extract

import "testing"

// TestMetDescribedBodies: "the U.S. Group", a country and a common noun
// after "the", is no party to met; a body of that shape named without
// "the" is (met_described_bodies.go).
func TestMetDescribedBodies(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Bonds\n\nIn separate talks with Finance Minister Karl Brenner, the U.S. Group also urged Japan to open its bond market.",
			notWant: []string{"Karl Brenner met U.S. Group"}},
		{text: "Bonds\n\nFinance Minister Karl Brenner held talks with the Japanese Delegation on Monday.",
			notWant: []string{"Karl Brenner met Japanese Delegation"}},
		{text: "Bonds\n\nFinance Minister Karl Brenner held talks with Halvorsen Group on Monday.",
			want: []string{"Karl Brenner met Halvorsen Group"}},
	})
}
