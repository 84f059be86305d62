package extract

import "testing"

// TestTitlesS22: the wrong job titles of session 22's blind sample
// (jobTitle seed127): a verb after its subject glued before a lower-case
// title (titles_stops.go), and a capitalised title opening a sentence cut to
// its head (titles_opening.go, roles_before.go).
func TestTitlesS22(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Critics of the land reform policy claim president Hugo Chavez is trying to destroy farms.",
			want:    []string{`Hugo Chavez jobTitle "president"`},
			notWant: []string{`Hugo Chavez jobTitle "land reform policy claim president"`}},
		{text: "Riverin replaces former exchange president Andre Saumier, who resigned.",
			want:    []string{`Andre Saumier jobTitle "former exchange president"`},
			notWant: []string{`Andre Saumier jobTitle "replaces former exchange president"`}},
		{text: "Trade Representative Clayton Yeutter yesterday opposed the bill.",
			want:    []string{`Clayton Yeutter jobTitle "Trade Representative"`},
			notWant: []string{`Clayton Yeutter jobTitle "Representative"`}},
		{text: "USDA General Sales Manager Melvin Sims told reporters the sale was approved.",
			want:    []string{`Melvin Sims jobTitle "General Sales Manager"`},
			notWant: []string{`Melvin Sims jobTitle "Manager"`}},
		// a noun that modifies the title stays
		{text: "The company named technical support manager John Smith to the board.",
			notWant: []string{`John Smith jobTitle "manager"`}},
	})
}
