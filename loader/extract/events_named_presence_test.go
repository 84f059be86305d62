package extract

import "testing"

// TestNamedEventPresence: who appears at, is at, is spotted at, attends or
// takes part in a named event attends it; a negated verb, a participle
// with no subject of its own and a pronoun add no one.
func TestNamedEventPresence(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Fashion\n\nJane Doe appeared at the Venice Film Festival in September.",
			want: []string{"Venice Film Festival attendee Jane Doe"}},
		{text: "Fashion\n\nJane Doe was at the Cannes Film Festival in May.",
			want: []string{"Cannes Film Festival attendee Jane Doe"}},
		{text: "Fashion\n\nJane Doe was spotted at the Cannes Film Festival.",
			want: []string{"Cannes Film Festival attendee Jane Doe"}},
		{text: "Festival\n\nJane Doe will also take part in the Edinburgh Festival in August.",
			want: []string{"Edinburgh Festival attendee Jane Doe"}},
		{text: "Summit\n\nJane Doe participated in the Summit of the Americas in June.",
			want: []string{"Summit of the Americas attendee Jane Doe"}},
		{text: "Summit\n\nJane Doe will participate in the summit in Lima next week.",
			want: []string{"Event attendee Jane Doe", "Event location Lima"}},
		{text: "Run\n\nSonia O'Sullivan will also take part in the Bupa Great Ireland Run on 9 April in Dublin.",
			notWant: []string{"Bupa Great Ireland Run attendee Sonia O'Sullivan"}},
		{text: "Fashion\n\nJane Doe was not at the Cannes Film Festival in May.",
			notWant: []string{"Cannes Film Festival attendee Jane Doe"}},
		{text: "Fashion\n\nAfter attending the Cannes Film Festival, the film opened in Paris.",
			notWant: []string{"Cannes Film Festival attendee Paris"}},
	})
}
