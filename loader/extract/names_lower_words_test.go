package extract

import (
	"testing"
)

// TestLowerWords checks dropLowerWords by mechanism: a one-word name news
// seldom capitalises inside a sentence, a dictionary word the page also
// writes in lower case, is no name; one the page never writes in lower case
// stays.
func TestLowerWords(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a colour the page writes in lower case", "278. Mr. Red and Ms. Red live in the red house; Mr. Purple and Ms. Purple live in the purple house. Who lives in the White House?",
			nil, []string{"Red", "Purple"}},
		{"never in lower case", "Mr. Purple and Ms. Purple live in the house next door, Harry Stone said.",
			map[string]EntityType{"Purple": Person}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
