package extract

import "testing"

// TestSurnamePairs checks the evidence lone_people_pairs.go adds to
// surnamesShownPeople: a surname read as a body's is a person's after a
// clause's opening word with a pronoun after it, and when "and" or "or"
// joins it to a person's name; "the X campaign" then names the person too.
func TestSurnamePairs(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"opening word", "One endorsement is with Michael Bloomberg. When Bloomberg entered the race on Monday, he was far behind.",
			map[string]EntityType{"Michael Bloomberg": Person}, []string{"Bloomberg"}},
		{"paired", "One endorsement is with Michael Bloomberg. In that world, Bloomberg and Steyer would regret not competing harder. Tom Steyer spoke. The Bloomberg campaign has shown signs of life.",
			map[string]EntityType{"Michael Bloomberg": Person, "Tom Steyer": Person}, []string{"Bloomberg"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
