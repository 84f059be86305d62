package extract

import "testing"

// TestTownHalls: "a town hall" hosted or spoken at is an event with its
// host, place and date; "the town hall" is the building, and "a town hall
// meeting" stays read by its head.
func TestTownHalls(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Voters\n\nSenator Lia Moss will host a town hall in Oakdale on Saturday.",
			want: []string{"Event organizer Lia Moss", "Event location Oakdale", `Event startDate "2022-01-15"`}},
		{text: "Voters\n\nSenator Lia Moss held a virtual town hall with voters on Tuesday.",
			want: []string{"Event attendee Lia Moss", `Event startDate "2022-01-04"`}},
		{text: "Voters\n\nSenator Lia Moss and Mayor Tim Gray spoke at a town hall meeting in Oakdale on Monday.",
			want: []string{"Event attendee Lia Moss", "Event attendee Tim Gray", "Event location Oakdale"}},
		{text: "Voters\n\nMayor Tim Gray spoke to protesters outside the town hall in Oakdale on Monday.",
			notWant: []string{"Event attendee Tim Gray", "Event location Oakdale"}},
	})
}
