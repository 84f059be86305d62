package extract

import "testing"

// TestTitledPartners: a partner whose title opens with a body's noun the
// tagger reads as an adjective ("council member") keeps the first name of
// the list (antecedents.go), and a country's initialism before a title
// keeps the meeting in one sentence (nlp/initialism_titles.go); a post in
// a body the tagger names nothing ("the Leader of the Opposition, X,")
// still describes the party named after it.
func TestTitledPartners(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Ceremony\n\nMayor Ana Lind and council member Tom Brook attended the ceremony on Monday.",
			want: []string{"Event attendee Ana Lind", "Event attendee Tom Brook"}},
		{text: "Meeting\n\nMayor Ana Lind and council member Tom Brook met with Governor Rui Sala on Monday.",
			want: []string{"Ana Lind met Rui Sala", "Tom Brook met Rui Sala"}},
		{text: "Meeting\n\nPrime Minister Ana Lind met with U.S. Ambassador Tom Brook at the palace on Tuesday.",
			want: []string{"Ana Lind met Tom Brook", `Event startDate "2022-01-04"`}},
		// a party described by a post in a body the tagger knows by no
		// name (events_described_guests.go)
		{text: "Meeting\n\nPrime Minister Ana Lind met with the Leader of the Opposition, Tom Brook, on Friday.",
			want: []string{"Ana Lind met Tom Brook"}},
		{text: "Visit\n\nPremier Ana Lind received the Speaker of the House, Tom Brook, at her office on Friday.",
			want: []string{"Ana Lind met Tom Brook"}},
		{text: "Meeting\n\nPrime Minister Ana Lind met with the Leader of the Opposition, Tom Brook's party, on Friday.",
			notWant: []string{"Ana Lind met Tom Brook"}},
		// a body before a partner is no title: "the board" meets no one
		{text: "Meeting\n\nAna Lind and the council met on Monday.",
			notWant: []string{"Event attendee council"}},
	})
}
