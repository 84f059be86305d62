package extract

import "testing"

// TestListCommas: a serial comma before "and" and a description in
// apposition keep every person of a coordinated subject; a lone comma
// before "and" joins two clauses (syntax_list_commas.go).
func TestListCommas(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Storm\n\nPremier Karl Brenner, Governor Anna Lind, and Mayor Ravi Sood held a press conference on Tuesday.",
			want: []string{"Event attendee Karl Brenner", "Event attendee Anna Lind", "Event attendee Ravi Sood"}},
		{text: "Storm\n\nKarl Brenner, the Premier, and Anna Lind, the Governor, held a press conference on Tuesday.",
			want: []string{"Event attendee Karl Brenner", "Event attendee Anna Lind"}},
		{text: "Storm\n\nThe Premier, Karl Brenner, and Governor Anna Lind met on Tuesday.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Storm\n\nThe talks were led by Karl Brenner, and Anna Lind attended on Tuesday.",
			notWant: []string{"Event attendee Karl Brenner"}},
	})
}
