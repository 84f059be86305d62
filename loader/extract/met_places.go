// No place is a party to met (issue 11 item 6): a country, city or region is
// where a meeting is, or whose people came, never one who met someone.
// "Reagan will meet the leaders of Britain, France, ..." gives no Reagan met
// Britain, "The leaders of the G-7, the United States, Britain, ... are
// expected to discuss" no met between countries, and "talks between the U.S.
// and Canada" none between the two. The test is in one place, addFact, so
// every path that writes met obeys it.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// placeEntity reports whether entity e is a place, or a name the store's
// resolution types a place whatever this article read it as: a US state's
// abbreviation ("Beverly Hills, Calif." read as a body "Calif"), or a
// country or state the gazetteer knows and no body it knows by that name.
func (x *extractor) placeEntity(e int) bool {
	if e < 0 || e >= len(x.ents) {
		return false
	}
	en := x.ents[e]
	if isPlace(en.typ) {
		return true
	}
	if en.typ != Organization {
		return false
	}
	name := strings.TrimSuffix(en.name, ".")
	if usStates[name] {
		return true
	}
	if _, ok := gazetteer.Org(name); ok {
		return false
	}
	p, ok := gazetteer.Place(name)
	return ok && (p.Class == gazetteer.ClassCountry || p.Class == gazetteer.ClassAdminArea)
}

// placeMet reports whether a fact s-p-o is a met with a place at either end.
func (x *extractor) placeMet(s int, p vocab.FactPredicate, o int) bool {
	return p == vocab.PMet && (x.placeEntity(s) || x.placeEntity(o))
}

// ownLocation reports whether place a is where event ev is held: "Panama"
// at a meeting held in Panama is its location, no attendee.
func (x *extractor) ownLocation(ev *event, a evFact) bool {
	return ev.location != nil && ev.location.ent == a.ent && isPlace(x.ents[a.ent].typ)
}
