package extract

import "testing"

// TestRelativeClauseWithList: a relative clause set off by commas that
// lists names with commas of its own is skipped whole on the way back to
// the subject (syntax_relative_lists.go): the towns it lists are no parties.
func TestRelativeClauseWithList(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Merger\n\nNordwerk AG, which owns plants in Hamburg, Bremen and Kiel, began talks with Halvorsen Steel Corp.",
			want:    []string{"Nordwerk AG met Halvorsen Steel Corp"},
			notWant: []string{"Event attendee Bremen", "Event attendee Hamburg"}},
		{text: "Merger\n\nThe exchange group Tessaro, which runs the Milan, Turin and Naples markets, opened talks with Halvorsen Steel Corp.",
			want:    []string{"Tessaro met Halvorsen Steel Corp"},
			notWant: []string{"Event attendee Turin", "Event attendee Milan"}},
		{text: "Merger\n\nWorkers at the plants, which closed in Hamburg, Bremen and Kiel, began talks with Halvorsen Steel Corp.",
			notWant: []string{"Event attendee Bremen", "Event attendee Hamburg", "Event attendee Kiel"}},
	})
}
