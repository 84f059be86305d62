package extract

import "testing"

// TestDescribedListItems: a list item described in apposition by "the
// TITLE of PLACE" is passed over to the item before it, so both people of
// the list are the subject; a place alone before the comma is no
// description.
func TestDescribedListItems(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Talks\n\nTim Gray, the mayor of Oakdale, and Lia Moss, the city manager, met on Monday.",
			want: []string{"Event attendee Tim Gray", "Event attendee Lia Moss", "Tim Gray met Lia Moss"}},
		{text: "Talks\n\nTim Gray, the chief executive of Acme Corp, and Lia Moss held a joint press conference in Oakdale on Monday.",
			want: []string{"Event attendee Tim Gray", "Event attendee Lia Moss", "Event location Oakdale"}},
		{text: "Talks\n\nThe plan was backed by Tim Gray of Oakdale, and Lia Moss met Ned Vale on Monday.",
			want: []string{"Lia Moss met Ned Vale"}, notWant: []string{"Tim Gray met Ned Vale", "Event attendee Tim Gray"}},
	})
}
