package extract

import "testing"

// TestMisspeltMonth checks which words are one slip from a month's name.
func TestMisspeltMonth(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"Octboer", true},   // swapped letters
		{"Novembre", true},  // swapped letters at the end
		{"Septmber", true},  // a letter dropped
		{"Decemmber", true}, // a letter doubled
		{"Aprils", false},   // a letter added at the end: another word
		{"Augusta", false},  // likewise
		{"August", false},   // the month itself
		{"Marc", false},     // too short
		{"Tuesday", false},
		{"Novosibirsk", false},
		{"Jarrow", false},
	} {
		if got := misspeltMonth(c.word); got != c.want {
			t.Errorf("misspeltMonth(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}

// TestDropMisspeltMonths checks that a misspelt month after "in" makes no
// place and that the towns around it stay.
func TestDropMisspeltMonths(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"Car sales in Leeds rose 4.1 pct in Octboer from a month earlier, the trade group said.",
			map[string]EntityType{"Leeds": City}, []string{"Octboer"}},
		{"The plant in Dayton closed in Novmeber 1986 after a fire, the company said.",
			map[string]EntityType{"Dayton": City}, []string{"Novmeber"}},
		{"The bank, based in Augusta, Ga., said its profit rose.",
			map[string]EntityType{"Augusta": City}, nil}, // August and one letter more: a town
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
