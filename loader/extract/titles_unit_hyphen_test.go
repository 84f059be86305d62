package extract

import "testing"

// TestPostsCutShort: a post whose last word is joined to a unit by a
// hyphen, and "counsel" after its rank, are read whole.
func TestPostsCutShort(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Shake-up\n\nIt said Harold Wells has been named executive vice president-Systems Group, giving him the division.",
			want:    []string{`Harold Wells jobTitle "executive vice president"`},
			notWant: []string{`Harold Wells jobTitle "executive"`}},
		{text: "Stock\n\nJohn Salisbury, vice president and general counsel of National Distillers, said there was no news.",
			want:    []string{`John Salisbury jobTitle "vice president"`, `John Salisbury jobTitle "general counsel"`, "John Salisbury affiliation National Distillers"},
			notWant: []string{`John Salisbury jobTitle "general"`}},
		{text: "Meat\n\nRobert Hibbert, general counsel for the American Meat Institute, said so.",
			want: []string{`Robert Hibbert jobTitle "general counsel"`, "Robert Hibbert affiliation American Meat Institute"}},
		{text: "Talks\n\nThe secretary-general, Kofi Annan, said so.",
			notWant: []string{`Kofi Annan jobTitle "secretary"`}},
	})
}
