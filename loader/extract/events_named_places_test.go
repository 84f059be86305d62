package extract

import "testing"

// TestNamedEventPlaces: a place right after a named event's name and "in"
// is where it is held (issue 15), when the phrase ends there.
func TestNamedEventPlaces(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Davos\n\nChief executive John Smith attended the World Economic Forum in Davos on Tuesday.",
			want: []string{"World Economic Forum location Davos"}},
		{text: "Film\n\nJane Doe was at the Cannes Film Festival in Cannes on Tuesday.",
			want: []string{"Cannes Film Festival location Cannes"}},
		{text: "Film\n\nJane Doe was at the Cannes Film Festival in Cannes hotels on Tuesday.",
			notWant: []string{"Cannes Film Festival location Cannes"}},
	})
}
