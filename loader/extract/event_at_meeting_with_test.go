package extract

import "testing"

// TestAtMeetingWith: who acts at a meeting or talks with someone takes part
// in them, as in talks (event_at_meeting_with.go); not a subject set off by
// commas, nor one at a meeting "of" others.
func TestAtMeetingWith(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Finance Minister Jan Kowalski will present new proposals at a meeting with Chancellor Maria Lindqvist on Friday.",
			want: []string{"Event attendee Jan Kowalski", "Event attendee Maria Lindqvist"}},
		{text: "Ruritania will offer a draft treaty at talks with Freedonia in Geneva tomorrow.",
			want: []string{"Event attendee Ruritania", "Event attendee Freedonia"}},
		{text: "Morocco, helped by last week's Paris Club rescheduling, is likely to obtain aid at a meeting with donors tomorrow.",
			notWant: []string{"Event attendee Paris Club"}},
		{text: "Finance Minister Jan Kowalski will present new proposals at a meeting of the Nordic Council on Friday.",
			notWant: []string{"Event attendee Jan Kowalski"}},
	})
}
