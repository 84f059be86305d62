package extract

import (
	"testing"
	"time"
)

// TestTownTailPlaces checks that a person-read name ending with a noun of
// towns' names is a place's, and that a given name first, a title, or the
// surname written alone keeps the person.
func TestTownTailPlaces(t *testing.T) {
	pub := time.Date(1987, 4, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"The refinery near Marlow Springs will be closed, the company said.",
			map[string]EntityType{"Marlow Springs": Place}},
		{"Flooding hit Cedar Canyon and nearby farms on Tuesday.",
			map[string]EntityType{"Cedar Canyon": Place}},
		// a given name first: a person
		{"Chief executive Andrew Grove said chip prices would rise.",
			map[string]EntityType{"Andrew Grove": Person}},
		// the surname alone elsewhere: a person
		{"Halford Ridge, the fund's manager, sold the shares. Ridge said he had no regrets.",
			map[string]EntityType{"Halford Ridge": Person}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}
