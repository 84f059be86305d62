package extract

import (
	"slices"
	"testing"
	"time"
)

// TestDistrictCapitals checks that a town, a comma and a federal district's
// code are one place's name, not two places, and that the code followed by
// another capitalised word, or after no town, is left as it was read.
func TestDistrictCapitals(t *testing.T) {
	pub := time.Date(2023, 5, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		joined string   // a name or alias the article must hold; "" for none
		absent []string // names no entity may have
	}{
		{"The designer, who works out of Washington, D.C., joined the team in March.", "Washington, D.C.", []string{"D.C."}},
		{"The charity moved its offices to Washington, DC last year.", "Washington, DC", []string{"DC"}},
		{"Traffic in Washington, D.C. was heavy on Friday, the police said.", "Washington, D.C.", []string{"D.C."}},
		// a capitalised word after the code: another name, no joined place
		{"The lawyer met officials of Washington, DC Water and Sewer Authority on Monday.", "", []string{"Washington, DC"}},
		// no town before the comma
		{"Prices rose, D.C. officials said on Monday.", "", []string{"Prices, D.C."}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		var names []string
		for _, e := range doc.Entities {
			names = append(names, e.Name)
			names = append(names, e.Aliases...)
		}
		if c.joined != "" && !slices.Contains(names, c.joined) {
			t.Errorf("%q: no entity named %q; names %q", c.text, c.joined, names)
		}
		for _, a := range c.absent {
			if slices.Contains(names, a) {
				t.Errorf("%q: entity named %q; names %q", c.text, a, names)
			}
		}
	}
}
