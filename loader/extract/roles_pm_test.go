package extract

import "testing"

// TestTitlePM: "PM" before a name is a title cut off the name ("deputy PM
// John Prescott" is John Prescott), but not after a time of day ("6:00 PM
// Emily Hart"; titles.txt, roles_before.go).
func TestTitlePM(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Dinner\n\nMr Blair told the chancellor at a dinner hosted by deputy PM John Prescott in November.",
			want:    []string{"Blair met John Prescott"},
			notWant: []string{"Blair met PM John Prescott", "PM John Prescott met Blair"}},
		{text: "Vote\n\nThe strategist helped Australia's PM, John Howard, win four elections.",
			want: []string{`John Howard jobTitle "PM"`}},
		{text: "Schedule\n\nAt 6:00 PM Emily Hart arrives at the saloon.",
			notWant: []string{`Emily Hart jobTitle "PM"`}},
	})
}
