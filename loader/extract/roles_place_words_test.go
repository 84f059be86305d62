package extract

import "testing"

// TestPlaceInsideTitleWord: a "-based" place is the person's home, no
// nationality, and a nation's adjective after a place's name is a club's
// name's end (seed120 nationality rows 5 and 11).
func TestPlaceInsideTitleWord(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Unilever\n\nUnder the restructuring plans, Patrick Cescau, the UK-based co-chairman, will become group chief executive.",
			want:    []string{`Patrick Cescau homeLocation United Kingdom`},
			notWant: []string{`Patrick Cescau nationality United Kingdom`}},
		{text: "Markets\n\n\"It came at the worst possible time,\" said Hans Goetti, a Singapore-based fund manager.",
			notWant: []string{`Hans Goetti nationality Singapore`}},
		{text: "Rugby\n\nLondon Irish coach Gary Gold felt the result exposed his side's lack of consistency.",
			want:    []string{`Gary Gold jobTitle "coach"`},
			notWant: []string{`Gary Gold nationality Ireland`}},
		{text: "Budget\n\nIrish Finance Minister Alan Dukes said the deficit would fall.",
			want: []string{`Alan Dukes affiliation Ireland`}},
	})
}
