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
//     is from;
//   - "British and Irish Lions coach Clive Woodward": a nation's adjective
//     right before a capitalised plural noun is the start of a team's
//     name, no nation the coach is from.

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

// teamNamedDemonym reports whether mention mi is a nation's adjective right
// before a capitalised plural noun (a proper noun ending in s) of no other
// name and no title, the two
// a team's name: "Irish Lions", "British Lions". With a title of public
// office the noun is a department ("West German Economics Minister"): addRole
// asks officeTitle too.
func (x *extractor) teamNamedDemonym(mi int) bool {
	m := &x.mentions[mi]
	s := &x.sents[m.sent]
	if !m.demonym || m.bend > 0 || m.end >= len(s.toks) {
		return false
	}
	t := s.toks[m.end]
	plural := len(t.Text) > 3 && strings.HasSuffix(t.Text, "s") && !strings.HasSuffix(t.Text, "ss")
	return s.owner[m.end] < 0 && strings.HasPrefix(t.Tag, "NNP") && plural && gazetteer.Capitalised(t.Text) && !isTitleHead(t.Text)
}
