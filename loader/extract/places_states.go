package extract

// Places written with the larger place after them: a town and its state's
// abbreviation ("Reno and Carson City, Nev.") and a place with its country
// in brackets ("San José (Costa Rica), Los Cabos (Mexico)").

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/lexicon"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// usStates are the US states' abbreviations after a town, without their
// final dot (ner's list: "Calif", "Nev", "Mass").
var usStates = lexicon.SetOf(ner.Lists(), "usStates")

// placeAfterward reads the larger place written after the place of mention
// m of sentence si: "Carson City, Nev." and "Los Cabos (Mexico)".
func (x *extractor) placeAfterward(si int, m *mention) {
	s := &x.sents[si]
	toks := s.toks
	j := m.end
	if j+1 >= len(toks) {
		return
	}
	pm := x.mentionAt(si, j+1)
	if pm == nil || pm.start != j+1 || pm.ent < 0 || pm.demonym || pm.ent == m.ent {
		return
	}
	switch toks[j].Text {
	case ",":
		if pm.end-pm.start == 1 && x.stateOfTown(m.ent, toks[j+1].Text) && !x.cityDistrict(m.ent, pm.ent) && !oxfordListAt(s, pm.end) {
			x.addFact(m.ent, vocab.PContainedInPlace, pm.ent, "", si)
		} else {
			x.townInRegion(si, m, pm) // places_town_region.go: "Midland, Texas, Bell said"
		}
	case "(":
		if pm.end < len(toks) && toks[pm.end].Text == ")" && x.ents[pm.ent].typ == Country {
			x.contain(m.ent, pm.ent, si) // checked against the gazetteer
		}
	}
}

// stateOfTown reports whether abbr is a US state's abbreviation written
// after a town ("Nev.", "N.J."), and the state the gazetteer puts the town
// in when it knows the town ("Reno, Nev.", not "Paris, Tex." for the French
// capital).
func (x *extractor) stateOfTown(town int, abbr string) bool {
	if !stateAbbreviation(abbr) || !usStates[strings.TrimSuffix(abbr, ".")] {
		return false
	}
	a := strings.ReplaceAll(abbr, ".", "")
	c, ok := gazetteer.City(x.ents[town].name)
	if !ok {
		_, known := gazetteer.Place(x.ents[town].name)
		return !known // a place the gazetteer knows and is no town
	}
	return c.Country == "United States" && abbreviates(a, c.AdminArea)
}

// abbreviates reports whether abbr's letters are name's, in order, from
// its first ("Nev" of Nevada, "Pa" of Pennsylvania, "NJ" of New Jersey).
func abbreviates(abbr, name string) bool {
	a, n := lower(abbr), lower(strings.ReplaceAll(name, " ", ""))
	if a == "" || n == "" || a[0] != n[0] {
		return false
	}
	i := 0
	for k := 0; k < len(n) && i < len(a); k++ {
		if n[k] == a[i] {
			i++
		}
	}
	return i == len(a)
}
