package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// A county's elected office written bare before a name serves the county
// the story names: "said Supervisor Ann Lowe" in a story about Marin
// County is Marin County's supervisor (the web gold's convention: a
// place's office is an affiliation with the place).

// countySeats are the titles of offices a county elects.
var countySeats = map[string]bool{"supervisor": true, "sheriff": true}

// countyOfSeat returns the one county (a place whose name ends in
// "County", in any case) the story names when title is one of countySeats,
// else -1; -1 too when the story names none or several.
func (x *extractor) countyOfSeat(title string) int {
	if !countySeats[lower(title)] {
		return -1
	}
	found := -1
	for e, ent := range x.ents {
		if !isPlace(ent.typ) || len(ent.mentions) == 0 || !strings.HasSuffix(ent.name, " County") {
			continue
		}
		if found >= 0 && !strings.EqualFold(x.ents[found].name, ent.name) {
			return -1 // two counties; "NAPA COUNTY" in a headline is the same
		}
		if found < 0 {
			found = e
		}
	}
	return found
}

// countySeatAffiliation gives person, titled r before the name in sentence
// si, the county its bare county seat serves, whatever body the title was
// read with ("Supervisor Ann Lowe" of the county's board of supervisors
// serves the county too).
func (x *extractor) countySeatAffiliation(person, si int, r role) {
	if r.plural {
		return
	}
	c := x.countyOfSeat(r.title)
	if c < 0 || c == person || x.hasFact(person, vocab.PAffiliation, c) {
		return
	}
	x.addFact(person, vocab.PAffiliation, c, "", si)
}
