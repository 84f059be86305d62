package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// A place written inside another word of the title is no nationality nor
// employer (seed120 nationality rows 5 and 11):
//
//   - "Patrick Cescau, the UK-based co-chairman", "Hans Goetti, a
//     Singapore-based fund manager": where the person works, their home as
//     basedPerson (roles_based.go) reads it before a name;
//   - "London Irish coach Gary Gold": a nation's adjective right after a
//     place's name is the end of a name (a club's), no nation the coach
//     is from.

// basedPlace reports whether mention mi is a place read from a "-based"
// word: "UK-based".
func (x *extractor) basedPlace(mi int) bool {
	m := &x.mentions[mi]
	if m.bend == 0 || m.end != m.start+1 || !isPlace(m.typ) {
		return false
	}
	return strings.HasSuffix(x.sents[m.sent].lower(m.start), "-based")
}

// placeNamedDemonym reports whether mention mi is a nation's adjective
// right after a place's name, the two one name: "London Irish", "London
// Welsh".
func (x *extractor) placeNamedDemonym(mi int) bool {
	m := &x.mentions[mi]
	if !m.demonym || m.start == 0 {
		return false
	}
	s := &x.sents[m.sent]
	o := s.owner[m.start-1]
	if o < 0 || o == mi || !gazetteer.Capitalised(s.toks[m.start-1].Text) {
		return false
	}
	pm := &x.mentions[o]
	return isPlace(pm.typ) && !pm.demonym && pm.bend == 0
}
