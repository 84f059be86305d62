package extract

import (
	"testing"
	"time"
)

// TestPlaceAcronyms checks places_acronyms.go: an acronym of a place the
// article names is that place, not a second node typed an organisation; a
// body's acronym stays the body's.
func TestPlaceAcronyms(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"dotted initials", "Agents patrol the waters of Puerto Rico and the U.S. Virgin Islands. The USVI seizures rose last year, Qwerty Zorbin said.",
			map[string]EntityType{"United States Virgin Islands": Country, "USVI": Other}},
		{"a body's acronym stays", "The Qwerty Zorbex Federation (QZF) met in Quebec City on Tuesday. The QZF said prices would rise.",
			map[string]EntityType{"Qwerty Zorbex Federation": Organization}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
	if got := placeInitials("U.S. Virgin Islands"); got != "USVI" {
		t.Errorf("placeInitials(U.S. Virgin Islands) = %q, want USVI", got)
	}
	if got := placeInitials("Democratic Republic of the Congo"); got != "DRC" {
		t.Errorf("placeInitials(Democratic Republic of the Congo) = %q, want DRC", got)
	}
}
