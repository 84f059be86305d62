package extract

import "testing"

// TestPlaceTailBodies checks that a person-read name ending with a country,
// or with a big city in a sports report or after an acronym, is a body's,
// and that people whose surname is a place's stay people.
func TestPlaceTailBodies(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"Talks with Zorvex Canada ended on Friday, a spokesman for the union said.",
			map[string]EntityType{"Zorvex Canada": Organization}},
		{"Sales at Kelmora Europe fell in the quarter, chief executive Anna Holt said.",
			map[string]EntityType{"Kelmora Europe": Organization, "Anna Holt": Person}},
		{"The striker scored twice as United beat Dinamo Madrid 3-1 in the cup tie, and the manager praised the defence after the match. The goalkeeper kept a clean sheet in the league.",
			map[string]EntityType{"Dinamo Madrid": Organization}},
		{"A spokesman for KTV Manchester said the station would carry the debate.",
			map[string]EntityType{"KTV Manchester": Organization}},
		{"Janet Jackson and Denise Houston will perform at the gala in Paris, the organisers said.",
			map[string]EntityType{"Janet Jackson": Person}},
		{"Baroness Scotland told peers the bill would pass.",
			map[string]EntityType{"Baroness Scotland": Person}},
	} {
		checkNames(t, c.text, c.want, nil)
	}
}

// TestAcronymWord checks which words read as acronyms.
func TestAcronymWord(t *testing.T) {
	for w, want := range map[string]bool{"AC": true, "PSV": true, "MBank": true, "Milan": false, "A": false, "McDonald": false} {
		if got := acronymWord(w); got != want {
			t.Errorf("acronymWord(%q) = %v, want %v", w, got, want)
		}
	}
}
