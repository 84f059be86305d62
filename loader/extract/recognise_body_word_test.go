package extract

import (
	"testing"
	"time"
)

// TestBodyWordPlaces checks that a body's name ending in a word that is
// also a place's name ("Centre", a French region) keeps the words before
// it, even when the first is a title's modifier ("Joint"), and that a
// title's modifier before a country is still cut ("Senior US officials").
func TestBodyWordPlaces(t *testing.T) {
	pub := time.Date(2023, 5, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"The rise in cases caused the Joint Biosecurity Centre to update their recommendations.",
			map[string]EntityType{"Joint Biosecurity Centre": Organization, "Centre": Other}},
		{"In a report for the Foreign Policy Centre think tank, he says an attack is the main danger.",
			map[string]EntityType{"Foreign Policy Centre": Organization, "Centre": Other}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}
