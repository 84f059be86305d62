package extract

// A town and the region or nation written after it, "Midland, Texas, Bell
// said", "Dallas and Houston, Texas", "Blackpool, England": where the
// gazetteer puts the town in that first-level region (or in that nation
// of a union, England of the United Kingdom), the pair says the town is
// in it, also when a list or a name goes on after it, which the
// preposition's pair (places_local.go) must refuse when it cannot check.

import (
	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// townInRegion reads "Town, Region" at mention m of sentence si, the region
// mention pm right after the comma.
func (x *extractor) townInRegion(si int, m, pm *mention) {
	s := &x.sents[si]
	if x.ents[m.ent].typ != City || pm.ent == m.ent || !isPlace(x.ents[pm.ent].typ) || x.hasFact(m.ent, vocab.PContainedInPlace, pm.ent) {
		return
	}
	if pm.end < len(s.toks) {
		if w := s.lower(pm.end); w == "and" || w == "or" || s.toks[pm.end].Tag == "POS" || oxfordListAt(s, pm.end) {
			return // "Houston, Texas and Oklahoma": a list of places
		}
	}
	if gazetteerRegionOf(x.ents[m.ent].name, x.ents[pm.ent].name) {
		x.addFact(m.ent, vocab.PContainedInPlace, pm.ent, "", si)
	}
}

// gazetteerRegionOf reports whether the gazetteer's town of that name lies
// in region: its first-level region ("Houston" in Texas, "Blackpool" in
// England), the region being no country, or a nation of a union that its
// first-level region names.
func gazetteerRegionOf(town, region string) bool {
	c, ok := gazetteer.City(town)
	if !ok || c.AdminArea == "" || c.AdminArea != region {
		return false
	}
	p, ok := gazetteer.Place(region)
	if !ok {
		return false
	}
	switch p.Class {
	case gazetteer.ClassAdminArea:
		return p.Country == c.Country
	case gazetteer.ClassCountry:
		return p.Name != c.Country // England, whose name the United Kingdom's first-level region bears
	}
	return false
}
