package extract

import "testing"

// TestVisitedPremises: one who visits a named person's office or home, or
// the office of a named person, met the person; a visit to a place of
// memory is no meeting (event_visited_premises.go).
func TestVisitedPremises(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Visit\n\nMinister Ana Ruiz visited Governor Tomas Berg's office on Wednesday.",
			want: []string{"Ana Ruiz met Tomas Berg", "Event attendee Tomas Berg", `Event startDate "2022-01-05"`}},
		{text: "Visit\n\nMinister Ana Ruiz visited the home of Senator Tomas Berg in Dayton on Friday.",
			want: []string{"Ana Ruiz met Tomas Berg", "Event location Dayton"}},
		{text: "Visit\n\nMinister Ana Ruiz visited Senator Tomas Berg's new residence in Dayton.",
			want: []string{"Ana Ruiz met Tomas Berg"}},
		{text: "Visit\n\nMinister Ana Ruiz visited Tomas Berg's grave in Dayton on Friday.",
			notWant: []string{"Ana Ruiz met Tomas Berg", "Event attendee Tomas Berg"}},
	})
}
