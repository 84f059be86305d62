package extract

import (
	"testing"
	"time"
)

// TestStateNamesakes checks that a country named like a US state is the
// state among American places, the country among foreign ones and on a
// tie; and that a state or province written bare is not a foreign town of
// its name.
func TestStateNamesakes(t *testing.T) {
	pub := time.Date(1987, 3, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"The trust, based in Macon, Georgia, also owns malls in Alabama and Tennessee.",
			map[string]EntityType{"Georgia State": Place, "Georgia": Other}},
		{"Floods killed 40 people in the Soviet republic of Georgia, officials in Moscow said.",
			map[string]EntityType{"Georgia": Country, "Georgia State": Other}},
		// a tie: the country
		{"The carrier will fly to Georgia and Texas from London.",
			map[string]EntityType{"Georgia": Country}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
	// the state takes no alias of the country's name: the resolver would
	// join the country to it
	for _, e := range Extract("Macon, Georgia, is near Atlanta and Birmingham, Alabama.", pub).Entities {
		if e.Name == "Georgia State" && len(e.Aliases) > 0 {
			t.Errorf("Georgia State has aliases %q, want none", e.Aliases)
		}
	}
	// "Virginia" the state: a place with the state's GeoNames reading, not
	// the South African town the gazetteer reads first
	doc := Extract("The utility serves towns in Virginia and Maryland.", pub)
	checkTypes(t, "virginia", doc, map[string]EntityType{"Virginia": Place})
	for _, e := range doc.Entities {
		if e.Name == "Virginia" && e.Type == City {
			t.Errorf("Virginia typed City: %+v", e)
		}
	}
}
