package extract

import "testing"

// TestPlaceDateTails checks that a date glued after a place is cut from
// the place's name, and that a place whose name ends in a month stays
// whole.
func TestPlaceDateTails(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"The ceiling was agreed in Vienna last December.",
			map[string]EntityType{"Vienna": City}, []string{"Vienna last December"}},
		{"The accord was struck by ministers in Madrid last February.",
			map[string]EntityType{"Madrid": City}, []string{"Madrid last February"}},
		{"The summer fair opened in Cape May on Saturday.",
			map[string]EntityType{"Cape May": City}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
