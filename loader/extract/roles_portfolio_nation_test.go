package extract

import "testing"

// TestNationPortfolioNoBody: a nation's adjective and a portfolio before
// "Minister" name no body; a nation's body named in full before the title
// stays the affiliation.
func TestNationPortfolioNoBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "OIL LOAN\n\nVenezuela will lend oil to its neighbour, Peruvian Energy and Mines Minister Luis Vega said today.",
			want:    []string{`Luis Vega jobTitle "Energy and Mines Minister"`},
			notWant: []string{"Luis Vega affiliation Peruvian Energy and Mines"}},
		{text: "RELIEF\n\nA commission headed by Colombian Development Fund Minister Luis Vega will travel to Ecuador on Tuesday.",
			want: []string{"Luis Vega affiliation Colombian Development Fund"}},
	})
}
