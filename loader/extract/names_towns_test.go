package extract

import (
	"testing"
)

// TestTownsByContext checks names_towns.go by mechanism: a small town the
// gazetteer does not know, read as a body, is a place after a preposition of
// place, in a list with places or before a region in brackets; a code in
// brackets after a place is that place: smallTown leaves out
// towns whose names are dictionary words, given names or surnames.
func TestTownsByContext(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"list with codes", "Alaska Airlines flies to Boise (BOI), Missoula (MSO) and Spokane (GEG), the airline said. Its flights from BOI leave daily.",
			map[string]EntityType{"Missoula": Place, "Boise": Place, "Spokane": Place}, []string{"MSO", "BOI"}},
		{"preposition of place", "The company opened its third store in Novopskov on Monday, Ivan Petrenko said.",
			map[string]EntityType{"Novopskov": Place}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}

func TestSmallTown(t *testing.T) {
	for name, want := range map[string]bool{"Missoula": true, "Novopskov": true, "Clichy": true,
		"Hope": false, "Jackson": false, "Independence": false, "Qwertyville": false} {
		if got := smallTown(name); got != want {
			t.Errorf("smallTown(%q) = %v, want %v", name, got, want)
		}
	}
}
