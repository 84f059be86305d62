package extract

import (
	"testing"
	"time"
)

// TestPlacePairBodies checks names_place_pairs.go: two known places joined
// by a hyphen name a route or a pair, no body; firms whose names hold a
// hyphen stay.
func TestPlacePairBodies(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"route of two cities", "The airline will start a daily Boston-Las Vegas flight in June.",
			map[string]EntityType{"Boston-Las Vegas": Other}},
		{"route with a city of two words", "Fares on the Manila-Hong Kong route rose by a tenth.",
			map[string]EntityType{"Manila-Hong Kong": Other}},
		{"a firm's hyphenated name stays", "Shares of Qarvel-Dunmore Corp rose after the Chicago-Paris deal.",
			map[string]EntityType{"Qarvel-Dunmore Corp": Organization, "Chicago-Paris": Other}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}
