package extract

// Regions the gazetteer does not know but whose names say what they are:
// "Redding in Shasta County", "a ranch in the Salinas Valley".

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// regionHeads end the names of areas larger than a town: "Shasta County",
// "the Bekaa Valley", "Helmand Province".
var regionHeads = map[string]bool{"county": true, "province": true, "region": true, "district": true, "parish": true, "valley": true, "prefecture": true, "governorate": true, "oblast": true, "territory": true, "strip": true}

// regionNamed reports whether a place's name ends in a region's head noun
// after a word of its own ("Shasta County", not "County").
func regionNamed(name string) bool {
	f := strings.Fields(name)
	return len(f) >= 2 && regionHeads[lower(f[len(f)-1])]
}

// containInNamedRegion records that place a, named "in" place b, is in b
// when the gazetteer does not know b but b's name says it is a region
// ("Redding in Shasta County"): a must be a town or a place of no region's
// name, and no country, continent or region the gazetteer knows.
func (x *extractor) containInNamedRegion(a, b, si int) {
	if a == b || a < 0 || b < 0 || x.ents[b].typ != Place || !regionNamed(x.ents[b].name) || regionNamed(x.ents[a].name) {
		return
	}
	if t := x.ents[a].typ; t != City && t != Place {
		return
	}
	if _, ok := gazetteer.Place(x.ents[b].name); ok {
		return // the gazetteer decides (contain)
	}
	if pa, ok := gazetteer.Place(x.ents[a].name); ok && pa.Class != gazetteer.ClassCity {
		return
	}
	if x.hasFact(a, vocab.PContainedInPlace, b) || x.hasFact(b, vocab.PContainedInPlace, a) {
		return
	}
	x.addFact(a, vocab.PContainedInPlace, b, "", si)
}
