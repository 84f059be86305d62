package extract

import (
	"testing"
	"time"
)

// TestPostalStates checks that a US state's postal code after a town and a
// comma is a place, and that two capitals elsewhere are left as they were.
func TestPostalStates(t *testing.T) {
	pub := time.Date(2023, 5, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"A team of researchers at Columbia University in New York City, NY, set out to study the moment.",
			map[string]EntityType{"NY": Place, "Columbia University": Organization}},
		{"The nursery in Greenville, SC sells the plants all year.",
			map[string]EntityType{"SC": Place, "Greenville": Place}},
		// a capitalised word after the code: another name, left alone
		{"Austin, TX Energy Co said it would raise prices.",
			map[string]EntityType{"TX": Other}},
		// no town before the comma: the recogniser's reading stays
		{"Prices rose, NY traders said on Monday.",
			map[string]EntityType{"NY": Organization}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}
