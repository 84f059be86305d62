package extract

// A seat named before a person and the place after: "said Supervisor
// Alfredo Pedroza of Napa County" holds a seat of Napa County, whether or
// not the relation model (related.go) reads the pair.

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// titledSeats gives the affiliation to the place a person serves when the
// person's name follows a seat-holding title word ("Mayor", "Senator",
// "Supervisor": seatHolders) and "of" and a place name follow the name.
func (x *extractor) titledSeats() {
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		for _, k := range s.mentions {
			m := &x.mentions[k]
			if m.ent < 0 || m.typ != Person || m.start == 0 || m.bend > 0 || m.end+1 >= len(s.toks) {
				continue
			}
			if !seatHolders[strings.TrimSuffix(s.lower(m.start-1), ".")] {
				continue
			}
			pm := x.mentionAt(si, m.end+1)
			if pm == nil || pm.start != m.end+1 || pm.ent < 0 || pm.ent == m.ent || !isPlace(pm.typ) || pm.demonym || pm.nominal {
				continue
			}
			if x.seatOf(si, m.ent, m, pm) { // titles_plural_abbrev.go: "of", and the title found for the person
				x.addFact(m.ent, vocab.PAffiliation, pm.ent, "", si)
			}
		}
	}
}
