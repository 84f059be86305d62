// Routes and pairs of places. "a daily Newark-Las Vegas flight", "the
// Manila-Hong Kong route", "the Iran-Iraq war": two places the gazetteer
// knows, joined by a hyphen and nothing else, name a route or a pair, never
// a body, though the recogniser reads the whole as an organisation's name.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// dropPlacePairBodies removes the organisations, however sure their type, whose name is two places
// the gazetteer knows joined by one hyphen.
func (x *extractor) dropPlacePairBodies() {
	x.dropMentionsIf(func(m *mention) bool {
		return m.typ == Organization && placePairName(m.name)
	})
}

// placePairName reports whether a name is two known places joined by a
// hyphen ("Newark-Las Vegas", "Japan-Britain"), and no body's name itself.
func placePairName(name string) bool {
	a, b, ok := strings.Cut(name, "-")
	if !ok || strings.Contains(b, "-") || a == "" || b == "" || gazetteerKnows(name) {
		return false
	}
	return anyKnownPlace(a) && anyKnownPlace(b)
}

// anyKnownPlace reports whether the gazetteer knows a name as a country, a
// city or another place.
func anyKnownPlace(name string) bool {
	if _, ok := gazetteer.Country(name); ok {
		return true
	}
	if _, ok := gazetteer.City(name); ok {
		return true
	}
	_, ok := gazetteer.Place(name)
	return ok
}
