package extract

import "testing"

// TestOfTheTitle: "A of the B" naming a painting or a brand is no person of
// a body; a person named by a given name and a surname, or by a surname of a
// name given before, or of a party, after "of the" stays one.
func TestOfTheTitle(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Story\n\nThe gallery, which houses treasures like Titian's Madonna of the Roses, saw a big jump in visitor numbers.",
			notWant: []string{"Madonna affiliation Roses"}},
		{text: "Story\n\nSquibb last year sold its Henri of the Ritz business to Yves Saint Laurent for 630 mln dlrs.",
			notWant: []string{"Henri affiliation Ritz"}},
		{text: "Story\n\nPrices must rise, said Walter Kemp of the National Farmers Union.",
			want: []string{"Walter Kemp affiliation National Farmers Union"}},
		{text: "Story\n\nFelix Meier met bankers. Banks are too free, complained Meier of the Social Democrats.",
			want: []string{"Felix Meier affiliation Social Democrats"}},
		{text: "Story\n\nBanks are too free, complained Meier of the Social Democrats.",
			want: []string{"Meier affiliation Social Democrats"}},
	})
}
