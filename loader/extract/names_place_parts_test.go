package extract

import "testing"

// TestPlaceParts checks that a word naming a part of a place opens a place's
// name and leaves it a place, while another capital before a place opens a
// body's name.
func TestPlaceParts(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"a part of a place", "The department repaired 75 water-main breaks in January, including one in Lower Manhattan that disrupted rush-hour subway service.",
			map[string]EntityType{"Lower Manhattan": Place}},
		{"another capital opens a body", "The company said it had borrowed the money from banks led by Marine Midland on Friday.",
			map[string]EntityType{"Marine Midland": Organization}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, nil)
		})
	}
}
