package extract

import "testing"

// TestListCommas: a serial comma before "and", a semicolon and a description in
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
		// semicolons between items described in apposition
		{text: "Storm\n\nAlso present at the meeting were Karl Brenner, chairman of the Harbor Trust; Anna Lind, its secretary; and Ravi Sood.",
			want: []string{"Event attendee Karl Brenner", "Event attendee Anna Lind", "Event attendee Ravi Sood"}},
		{text: "Storm\n\nThe meeting was attended by Karl Brenner, the Premier; Anna Lind, the Governor; and Ravi Sood, the Speaker.",
			want: []string{"Event attendee Karl Brenner", "Event attendee Anna Lind", "Event attendee Ravi Sood"}},
		// a semicolon after a name with no apposition ends the list
		{text: "Storm\n\nKarl Brenner met Anna Lind; Ravi Sood and Tom Hale stayed home.",
			notWant: []string{"Event attendee Ravi Sood", "Event attendee Tom Hale"}},
		// a semicolon before a clause ends the list
		{text: "Storm\n\nKarl Brenner met Anna Lind, the Governor; Ravi Sood said the talks failed.",
			notWant: []string{"Event attendee Ravi Sood"}},
	})
}
