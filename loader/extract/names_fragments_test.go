package extract

import "testing"

// TestFragmentNames checks dropFragmentNames by mechanism: a name read only
// at the opening of a sentence of a word or three is no name; a name also
// read in prose, or with a word news always capitalises, stays.
func TestFragmentNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"joke answers", "12. What do you call a cow that sings in the rain? Cowboom! 13. What do you call a lazy afternoon on the porch with friends? Hammockery!",
			nil, []string{"Cowboom", "Hammockery"}},
		{"named in prose too", "Hammockery! Hammockery, a furniture maker based in Ohio, said on Tuesday that it would hire 40 workers.",
			map[string]EntityType{"Hammockery": Organization}, nil},
		{"a short sentence with a verb", "The bill passed on Monday. Kwarteng spoke.",
			map[string]EntityType{"Kwarteng": Person}, nil},
		{"a name news always capitalises", "Who won the race on Sunday? Microsoft! The company said it was pleased.",
			map[string]EntityType{"Microsoft": Organization}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
