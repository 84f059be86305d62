package extract

import "testing"

// TestFirmNounTowns checks that a town's name right after a trade's noun is
// a firm ("electronics maker Dover"), and stays a place after a paper's
// noun or an adjective, or where it qualifies a noun after it.
func TestFirmNounTowns(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"Last month, electronics maker Dover also unveiled its first folding phone.", map[string]EntityType{"Dover": Organization}},
		{"Sales fell after key rival Bath cut its prices.", map[string]EntityType{"Bath": Organization}},
		// the name qualifies a noun after it: a place
		{"Three daily Leeds flights were cancelled on Monday.", map[string]EntityType{"Leeds": Place}},
		{"Prices at the weekly Bath cattle market rose.", map[string]EntityType{"Bath": Place}},
		// a paper's noun opens a quote: a place
		{"The newspaper Leeds would not comment, said a spokesman in London.", map[string]EntityType{"Leeds": Place}},
	} {
		checkNames(t, c.text, c.want, nil)
	}
}
