package extract

import "testing"

// TestGeneralMeetingHosts: a company's general meeting told without its
// name ("told the annual meeting") is the lead firm's, its organiser; a
// person's meeting, a meeting of a named body or one with no lead firm is
// not given one (event_general_meetings.go).
func TestGeneralMeetingHosts(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Results\n\nNordwerk AG expects higher sales in 1987, chairman Peter Quill told the annual meeting.\n\nQuill said exports rose.",
			want: []string{"Event organizer Nordwerk AG"}},
		{text: "Results\n\nNordwerk AG expects higher sales in 1987.\n\nChairman Peter Quill told the company's annual shareholders meeting that exports rose.",
			want: []string{"Event organizer Nordwerk AG"}},
		{text: "Results\n\nNordwerk AG expects higher sales in 1987, chairman Peter Quill said at the annual general meeting.",
			want: []string{"Event organizer Nordwerk AG"}, notWant: []string{"Peter Quill met Nordwerk AG"}},
		{text: "Results\n\nNordwerk AG expects higher sales in 1987.\n\nChairman Peter Quill will see Halvorsen at his annual meeting with the minister.",
			notWant: []string{"Event organizer Nordwerk AG"}},
		{text: "Results\n\nNordwerk AG expects higher sales in 1987.\n\nChairman Peter Quill told the annual meeting of the Widget Makers Association that exports rose.",
			notWant: []string{"Event organizer Nordwerk AG"}},
		{text: "Results\n\nExports rose sharply in 1987.\n\nChairman Peter Quill of Nordwerk AG told a meeting of analysts that sales rose.",
			notWant: []string{"Event organizer Nordwerk AG"}},
		{text: "Results\n\nNordwerk AG expects higher sales in 1987.\n\nNordwerk AG said it will nominate two candidates to the Halvorsen Steel Corp board at the annual meeting.",
			notWant: []string{"Event organizer Nordwerk AG"}},
	})
}
