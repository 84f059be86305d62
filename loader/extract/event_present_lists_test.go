package extract

import "testing"

// TestPresentListsAfter: a sentence that opens "Present were", "Also
// attending were", "Guests included" lists people at the event told just
// before; with no event before it, or one told long before, it lists none.
func TestPresentListsAfter(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Board\n\nThe board of the Port Authority met on Tuesday. Present were Chairman John Smith, Treasurer Mary Jones and Secretary Peter Brown.",
			want: []string{"Event attendee John Smith", "Event attendee Mary Jones", "Event attendee Peter Brown"}},
		{text: "Covid\n\nPremier Andrew Fahie held a press conference on Monday. Also attending were Health Minister Carlos Wheatley and Dr. Irad Potter.",
			want: []string{"Event attendee Andrew Fahie", "Event attendee Carlos Wheatley", "Event attendee Irad Potter"}},
		{text: "Gala\n\nThe gala dinner was held at the Ritz on Saturday. Guests included Mary Jones, Peter Brown and Susan White.",
			want: []string{"Event attendee Mary Jones", "Event attendee Susan White"}},
		// no event before the list
		{text: "Markets\n\nShares fell on Monday. Present were Mary Jones and Peter Brown.",
			notWant: []string{"Event attendee Mary Jones"}},
		// the event three sentences back is another story's
		{text: "Board\n\nThe board met on Tuesday. Shares fell. Oil rose. Gold slipped. Present were Mary Jones and Peter Brown.",
			notWant: []string{"Event attendee Mary Jones"}},
	})
	if !sharedEvent(t, "Board\n\nThe board of the Port Authority met on Tuesday. Present were Chairman John Smith, Treasurer Mary Jones and Secretary Peter Brown.", "John Smith", "Peter Brown") {
		t.Error("the people present are not at one event")
	}
}
