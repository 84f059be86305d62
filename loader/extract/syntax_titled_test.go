package extract

import "testing"

// TestTitledAfterName: in a list of a meeting's people, a country before a
// title whose first words name a department ("U.S. Treasury Secretary"), or
// a body's acronym in brackets before a title, is the person's post: the
// person attends, not the country or the body.
func TestTitledAfterName(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Talks\n\nHis office said Lawson had welcomed the outcome of a meeting between U.S. Treasury Secretary James Baker, Bundesbank President Karl Otto Poehl, and West German Finance Minister Gerhard Stoltenberg in Frankfurt.",
			want:    []string{"Event attendee James Baker", "Event attendee Gerhard Stoltenberg"},
			notWant: []string{"Event attendee United States"}},
		{text: "Debt\n\nBrodersohn held talks in New York with U.S. Treasury Secretary James Baker, Federal Reserve chief Paul Volcker and International Monetary Fund (IMF) head Michel Camdessus.",
			want:    []string{"Event attendee James Baker", "Event attendee Paul Volcker", "Event attendee Michel Camdessus"},
			notWant: []string{"Event attendee United States", "Event attendee International Monetary Fund"}},
		// a bracketed body before plural people stays the party (a
		// meeting held: "was unlikely" leaves it none, event_unheld.go)
		{text: "G7\n\nA senior official said a meeting of Group of Seven (G-7) finance ministers was held in Paris.",
			want: []string{"Event attendee Group of Seven"}},
	})
}
