package extract

import "testing"

// TestNamedRegions: a town or place "in" a region the gazetteer does not
// know is in it when the region's name ends in a region's noun
// (places_named_regions.go); a body there is located, not contained, and a
// region is not put in a region.
func TestNamedRegions(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Fire\n\nResidents of Tustin in Orange County protested on Monday.",
			want: []string{"Tustin containedInPlace Orange County"}},
		{text: "Pandas\n\nThe Wolong Nature Reserve in the Sichuan Province is home to many pandas.",
			want: []string{"Wolong Nature Reserve containedInPlace Sichuan Province"}},
		{text: "Farms\n\nA ranch near Soledad in the Salinas Valley burned.",
			want: []string{"Soledad containedInPlace Salinas Valley"}},
		{text: "Farms\n\nFarmers in Kern County in the Central Valley sold their land.",
			notWant: []string{"Kern County containedInPlace Central Valley"}},
	})
}
