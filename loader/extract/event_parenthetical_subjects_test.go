package extract

import "testing"

// TestParentheticalSubjects: the name that opens a sentence takes part in
// the talks or call told between commas after it, when the verb after the
// closing comma is its own; not when the phrase names no one met, nor when
// the name is only a modifier (event_parenthetical_subjects.go).
func TestParentheticalSubjects(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Budget\n\nGovernor Ana Ruiz, in a phone call with Mayor Tomas Berg on Monday, discussed the budget.",
			want: []string{"Ana Ruiz met Tomas Berg", `Event startDate "2022-01-10"`}},
		{text: "Budget\n\nHealth Minister Ana Ruiz, during talks with union leader Tomas Berg in Dayton, offered a raise.",
			want: []string{"Ana Ruiz met Tomas Berg", "Event location Dayton"}},
		// two met by the subject did not meet each other
		{text: "Budget\n\nGovernor Ana Ruiz, in a call with Mayor Tomas Berg and Sheriff Lee Cole, said the budget would pass.",
			want:    []string{"Ana Ruiz met Tomas Berg", "Ana Ruiz met Lee Cole"},
			notWant: []string{"Tomas Berg met Lee Cole"}},
		// a visitor's errand between commas: "here for talks", "in PLACE for talks"
		{text: "Budget\n\nHealth Minister Ana Ruiz, here for talks with Mayor Tomas Berg, said the budget would pass.",
			want: []string{"Ana Ruiz met Tomas Berg"}},
		{text: "Budget\n\nHealth Minister Ana Ruiz, in Dayton for talks with Mayor Tomas Berg, said the budget would pass.",
			want: []string{"Ana Ruiz met Tomas Berg"}},
		// no comma before the errand, or a verb inside: no parenthetical
		{text: "Budget\n\nHealth Minister Ana Ruiz said Mayor Tomas Berg was in Dayton for talks with Sheriff Lee Cole.",
			notWant: []string{"Ana Ruiz met Lee Cole"}},
		// the name is a modifier, no subject: "Ruiz's aides, in talks"
		{text: "Budget\n\nGovernor Ana Ruiz's aides, in talks with Mayor Tomas Berg on Monday, offered a raise.",
			notWant: []string{"Ana Ruiz met Tomas Berg"}},
	})
}
