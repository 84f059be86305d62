package extract

import "testing"

// TestOrdinalUnitNames checks names_ordinal_units.go: the ordinal before a
// numbered court, unit or district is part of its name; not before a body
// whose name opens with another word, nor an ordinal glued to another word.
func TestOrdinalUnitNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"court after a possessive", "On Thursday, California’s 4th District Court of Appeal in Santa Ana found that the retailer can be held liable.",
			map[string]EntityType{"4th District Court of Appeal": Organization}, []string{"District Court of Appeal"}},
		{"battalion", "He served with the 2nd Battalion Royal Gurkha Rifles in Brunei.",
			map[string]EntityType{"2nd Battalion Royal Gurkha Rifles": Organization}, []string{"Battalion Royal Gurkha Rifles"}},
		{"circuit", "The 5th Circuit Court of Appeals ruled on Friday.",
			map[string]EntityType{"5th Circuit Court of Appeals": Organization}, nil},
		{"other body", "The 3rd Royal Bank of Scotland branch opened on Friday.",
			nil, []string{"3rd Royal Bank of Scotland"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
