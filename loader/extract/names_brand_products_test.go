package extract

import "testing"

// TestBrandProducts checks dropBrandProducts and the cue nouns of vessels,
// rigs and works: a brand before "brand", a product after its maker's
// possessive and before a product's noun, a rig after "rig" are no bodies;
// a name that acts in the article, or a firm with its legal form, stays.
func TestBrandProducts(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a brand", "Dorvin Laboratories Inc recalled a lot of Velmora brand latex gloves, the agency said.",
			map[string]EntityType{"Dorvin Laboratories Inc": Organization}, []string{"Velmora"}},
		{"a product after its maker's possessive", "It will challenge Kessler Corp's Velmo robots, Anna Kovacs said.",
			map[string]EntityType{"Kessler Corp": Organization, "Anna Kovacs": Person}, []string{"Velmo"}},
		{"a brand that acts stays", "Sales of the Velmora brand rose. Velmora said it would hire 200 people.",
			map[string]EntityType{"Velmora": Organization}, nil},
		{"the maker's own body stays", "Its stock stays in the National Association of Securities Dealers' NASDAQ system.",
			map[string]EntityType{"NASDAQ": Organization}, nil},
		{"a rig", "Halvorsen Verft has won a contract to convert the semisubmersible rig West Ardent to a production platform.",
			nil, []string{"West Ardent"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}

// TestSpacedTickers checks spacedTicker: a ticker with a space before its
// exchange's code is no name; a firm's name with its legal form is one.
func TestSpacedTickers(t *testing.T) {
	for in, want := range map[string]bool{"NOBL ST": true, "REED L": true, "WAN B": true, "KEBO AB": false, "BASF AG": false, "Siemens AG": false, "SUN CO": false, "XYLOGICS INC": false} {
		if got := spacedTicker(in); got != want {
			t.Errorf("spacedTicker(%q) = %v, want %v", in, got, want)
		}
	}
	checkNames(t, "The Wallenbergs paid Nobel Industrier <NOBL ST> about 20 pct over the market price.", nil, []string{"NOBL ST"})
}
