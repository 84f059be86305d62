package extract

import (
	"testing"
	"time"
)

// TestHyphenPlaces checks names_hyphen_places.go: a known place hyphenated
// to "based" is named, with its first words when they stand before the
// token ("New Orleans-based", not the French Orléans of "Orleans").
func TestHyphenPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"one word", "Qwerty Corp, a Dallas-based maker of chips, said sales rose.",
			map[string]EntityType{"Dallas": City}},
		{"first words before the token", "Paul Qwerty, an analyst with New Orleans-based Zorbex Inc, said he was not surprised.",
			map[string]EntityType{"New Orleans": City, "Orléans": Other}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}
