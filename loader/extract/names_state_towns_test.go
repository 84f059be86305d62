package extract

import (
	"testing"
	"time"
)

// TestStateTowns checks that a name read as a person's before a comma and a
// US state's abbreviation is a town's, in that sentence and elsewhere in
// the article, and that a legislator's party-and-state tag or a title
// leaves the person.
func TestStateTowns(t *testing.T) {
	pub := time.Date(1987, 4, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"Workers at the plant in Millbrook Hollow, Tenn., went on strike. Millbrook Hollow has 4,000 people.",
			map[string]EntityType{"Millbrook Hollow": Place}},
		{"The Dennison Falls, N.J.-based maker of valves said sales rose.",
			map[string]EntityType{"Dennison Falls": Place}},
		{"Acme Corp sold the unit to a private Harlow Brook, Ill., firm.",
			map[string]EntityType{"Harlow Brook": Place}},
		// a legislator's party and state: one token, the person stays
		{"Sen. Walter Brinkley, D-Tenn., said he would vote against the bill.",
			map[string]EntityType{"Walter Brinkley": Person}},
		// no state abbreviation after the comma
		{"Walter Brinkley, the plant's manager, said output would rise.",
			map[string]EntityType{"Walter Brinkley": Person}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}
