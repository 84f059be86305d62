package extract

// A body's unit named after the body's possessive ("MIT's Computer Science
// and Artificial Intelligence Laboratory", "Harvard's Kennedy School"): the
// body is the unit's parent organisation.

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// unitHeads end the names of bodies' units.
var unitHeads = wordSet("unitHeads")

// unitOfBody reads "ORG's UNIT" after the mention m of an organisation in
// sentence si: the unit's name must be headed by a word of unitHeads and the two
// be different bodies, neither a part of the other's name, and the body's
// name one that names a body alone (namesBodyAlone).
func (x *extractor) unitOfBody(si int, m *mention) {
	s := &x.sents[si]
	toks := s.toks
	j := m.end
	if j+1 >= len(toks) || toks[j].Tag != "POS" {
		return
	}
	if j+2 < len(toks) && tickerToken(toks[j+1].Text) {
		j++ // "Texas Air Corp's <TXN> Continental Airlines unit"
	}
	um := x.mentionAt(si, j+1)
	if um == nil || um.start != j+1 || um.ent < 0 || um.ent == m.ent || x.ents[um.ent].typ != Organization {
		return
	}
	if !namesBodyAlone(x.ents[m.ent].name) {
		return
	}
	unit, body := lower(x.ents[um.ent].name), lower(x.ents[m.ent].name)
	ws := strings.Fields(unit)
	if len(ws) < 2 || !unitHeaded(ws) && !ownedFirm(toks, m, um) && !namedUnit(toks, m, um, x.ents[m.ent].name, x.ents[um.ent].name) || strings.Contains(unit, body) || strings.Contains(body, unit) { // names_possessive_units.go, bodies_units_named.go
		return
	}
	x.addFact(um.ent, vocab.PParentOrganization, m.ent, "", si)
}

// unitHeaded reports whether a name's words are headed by a unit's noun:
// its last word or the word before "of", "for" or "on" ("Graduate School of
// Business", "Center on Poverty and Inequality").
func unitHeaded(ws []string) bool {
	for i, w := range ws {
		if unitHeads[w] && (i == len(ws)-1 || ws[i+1] == "of" || ws[i+1] == "for" || ws[i+1] == "on") {
			return true
		}
	}
	return false
}

// namesBodyAlone reports whether a body's name before a possessive names
// the body, not the first part of one name: an acronym ("MIT", "GM"), a
// known body, or several words not opened by a saint's title ("St Fintian's
// High School", "Guy's Hospital Medical School", "Debbie's School of Beauty
// Culture" are each one name).
func namesBodyAlone(name string) bool {
	ws := strings.Fields(name)
	switch {
	case len(ws) == 0:
		return false
	case len(ws) == 1:
		_, known := gazetteer.Org(name)
		return isAcronym(ws[0]) || known
	}
	first := lower(strings.TrimSuffix(ws[0], "."))
	return first != "st" && first != "saint"
}
