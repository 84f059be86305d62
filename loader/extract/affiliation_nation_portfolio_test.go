package extract

import "testing"

// TestNationPortfolio: a union's nation before "Secretary" or "Minister" is
// the portfolio, no body.
func TestNationPortfolio(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Cabinet\n\nWales Secretary Tom Bryce spoke in Cardiff on Monday.",
			want:    []string{`Tom Bryce jobTitle "Secretary"`},
			notWant: []string{"Tom Bryce affiliation Wales"}},
		{text: "Cabinet\n\nFormer Northern Ireland minister Paul Grady has died, his family said.",
			notWant: []string{"Paul Grady affiliation Northern Ireland"}},
		{text: "Cabinet\n\nScotland Secretary Ian Reid met union leaders in Glasgow.",
			want:    []string{`Ian Reid jobTitle "Secretary"`},
			notWant: []string{"Ian Reid affiliation Scotland"}},
	})
}
