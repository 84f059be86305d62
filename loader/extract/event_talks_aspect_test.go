package extract

import "testing"

// TestTalksKeptUpOrBrokenOff: who keeps up, breaks off, suspends, ends or
// pursues talks with someone was in them, as who holds or resumes them
// (participationVerbs in data/participationVerbs.txt); a negated verb still
// gives no party.
func TestTalksKeptUpOrBrokenOff(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Merger\n\nNordwerk AG said it is continuing talks with Halvorsen Steel Corp on the sale.",
			want: []string{"Nordwerk AG met Halvorsen Steel Corp", "Event attendee Nordwerk AG"}},
		{text: "Merger\n\nNordwerk AG broke off talks with Halvorsen Steel Corp on Friday.",
			want: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
		{text: "Merger\n\nNordwerk AG terminated merger discussions with Halvorsen Steel Corp.",
			want: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
		{text: "Merger\n\nNordwerk AG suspended its negotiations with Halvorsen Steel Corp.",
			want: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
		{text: "Merger\n\nNordwerk AG is pursuing discussions with Halvorsen Steel Corp.",
			want: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
		{text: "Merger\n\nNordwerk AG has halted talks with Halvorsen Steel Corp.",
			want: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
		{text: "Merger\n\nNordwerk AG did not break off talks with Halvorsen Steel Corp.",
			notWant: []string{"Nordwerk AG met Halvorsen Steel Corp", "Event attendee Nordwerk AG"}},
		{text: "Merger\n\nNordwerk AG will never suspend talks with Halvorsen Steel Corp.",
			notWant: []string{"Nordwerk AG met Halvorsen Steel Corp"}},
	})
}
