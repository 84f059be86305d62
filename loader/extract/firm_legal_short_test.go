package extract

import (
	"slices"
	"testing"
	"time"
)

// TestLegalShortNames checks that a name the article also writes with a
// legal form after it is the firm (one entity with it), even when it is
// also a place's name; a
// place after a preposition of place, a country, or a place with no firm
// of its name in the article stays a place.
func TestLegalShortNames(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"Standard and Poor's Corp said it may downgrade Southland Corp's debt.\n\nThe agency cited Southland's announcement that it is studying alternatives.\n\nSouthland currently carries BBB senior debt.",
			map[string]EntityType{"Southland Corp": Organization}, []string{"Southland"}},
		{"Santos Ltd said its profit rose.\n\nSantos said the gas field would produce more next year.",
			map[string]EntityType{"Santos Ltd": Organization}, []string{"Santos"}},
		// a preposition of place keeps a known place
		{"Santos Ltd said its profit rose.\n\nThe ship docked in Santos on Monday.",
			map[string]EntityType{"Santos": Place}, nil},
		// no firm of its name: a place
		{"The agency cited Southland's farmers, who have had a dry year.",
			map[string]EntityType{"Southland": Place}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
	// the short name stays an alias of the firm
	doc := Extract("Headline\n\nSouthland Corp said profits rose.\n\nSouthland currently carries BBB senior debt.", time.Time{})
	found := false
	for _, e := range doc.Entities {
		found = found || e.Name == "Southland Corp" && slices.Contains(e.Aliases, "Southland")
	}
	if !found {
		t.Errorf("no entity Southland Corp with the alias Southland: %+v", doc.Entities)
	}
}
