package extract

import (
	"testing"
	"time"
)

// TestPluralNames checks names_plural.go by mechanism: a name read as a
// person's that ends in the plural of a common noun and opens with no given
// name is a body's, and its plural noun alone is no person; a given name
// first, a surname of news last or a title before keeps a person.
func TestPluralNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"brand", "Hydrangeas need water, says Ryan McEnaney, a spokesperson for Endless Summer Hydrangeas.",
			map[string]EntityType{"Endless Summer Hydrangeas": Organization, "Hydrangeas": Other}},
		{"given name", "The film was made by Mel Brooks, who said on Sunday that Elizabeth Banks would star.",
			map[string]EntityType{"Mel Brooks": Person, "Elizabeth Banks": Person}},
		{"surname of news", "The report was written by Ndlovu Roberts, the agency said on Monday.",
			map[string]EntityType{"Ndlovu Roberts": Person}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}

func TestPluralNoun(t *testing.T) {
	for w, want := range map[string]bool{"Vests": true, "Hydrangeas": true, "Ideas": true, "Roberts": false,
		"Collins": false, "Hughes": false, "Glass": false, "Bus": false} {
		if got := pluralNoun(w); got != want {
			t.Errorf("pluralNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
