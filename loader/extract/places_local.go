// Local places of modern copy: "from Radstock, Somerset", "in Bath,
// Somerset", "Hartley, 37, from Radstock": towns and counties the gazetteer
// (cities of 15,000 and more, first-level regions) does not know, named as
// a town and the region that holds it, and the home town given after a
// person's name.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// townPreps are the prepositions before "Town, Region".
var townPreps = map[string]bool{"in": true, "from": true, "near": true, "of": true, "outside": true}

// capRun returns the end of the run of up to three capitalised proper nouns
// at token i that no mention owns, or i when there is none.
func capRun(s *sentence, i int) int {
	j := i
	for j < len(s.toks) && j < i+3 && s.owner[j] < 0 && gazetteer.Capitalised(s.toks[j].Text) && strings.HasPrefix(s.toks[j].Tag, "NNP") && !isTitleHead(s.toks[j].Text) && !calendarWord(s.toks[j].Text) {
		j++
	}
	return j
}

// calendarWord reports whether w names a weekday or a month.
func calendarWord(w string) bool {
	lw := strings.TrimSuffix(lower(w), ".")
	_, wd := weekdays[lw]
	_, mo := months[lw]
	return wd || mo
}

// pairPart is one side of "Town, Region": its tokens and, when a mention
// covers it, that mention.
type pairPart struct {
	start, end int
	m          *mention
}

// townPart reads one side of "Town, Region" at token i: a mention of a
// place, or a run of capitalised words no mention owns.
func (x *extractor) townPart(si, i int) (pairPart, bool) {
	s := &x.sents[si]
	if i >= len(s.toks) {
		return pairPart{}, false
	}
	if m := x.mentionAt(si, i); m != nil {
		if m.start != i || m.demonym || !isPlace(m.typ) {
			return pairPart{}, false
		}
		return pairPart{start: m.start, end: m.end, m: m}, true
	}
	if j := capRun(s, i); j > i {
		return pairPart{start: i, end: j}, true
	}
	return pairPart{}, false
}

// townPair reads "PREP Town, Region" with the preposition at token p of
// sentence si, when it is no list of places ("in Paris, Lyon and Nice").
func (x *extractor) townPair(si, p int) (a, b pairPart, ok bool) {
	s := &x.sents[si]
	toks := s.toks
	if p+3 >= len(toks) || !s.in(p, tlTownPreps) && !x.knownPairTo(si, p) {
		return a, b, false
	}
	if a, ok = x.townPart(si, p+1); !ok || a.end >= len(toks) || toks[a.end].Text != "," {
		return a, b, false
	}
	if b, ok = x.townPart(si, a.end+1); !ok {
		return a, b, false
	}
	// The pair must close: a full stop, a comma not followed by a third
	// name, a preposition or a verb; not "and" (a list).
	if b.end < len(toks) {
		next := toks[b.end]
		switch {
		case s.lower(b.end) == "and" || s.lower(b.end) == "or" || next.Text == "&" || next.Text == "'s" || next.Tag == "POS":
			return a, b, false
		case next.Text == ",":
			if b.end+1 < len(toks) && gazetteer.Capitalised(toks[b.end+1].Text) || oxfordListAt(s, b.end) { // places_lists.go
				return a, b, false
			}
		case gazetteer.Capitalised(next.Text):
			return a, b, false
		}
	}
	return a, b, true
}

// townPairs, in sentence si: "from Radstock, Somerset": a town and the
// region that holds it after a preposition, the recogniser having missed
// one or both. An unknown side is a place when the other side is one, or,
// with neither known, when the preposition is "from" or "in" and neither
// reads as an organisation or a person's title.
func (x *extractor) townPairs(si int) {
	s := &x.sents[si]
	for p := 0; p+3 < len(s.toks); p++ {
		a, b, ok := x.townPair(si, p)
		if !ok || a.m != nil && b.m != nil {
			continue
		}
		known := a.m != nil || b.m != nil
		if !known {
			if w := s.lower(p); w != "from" && w != "in" {
				continue
			}
			if x.orgWords(si, a) || x.orgWords(si, b) {
				continue
			}
		}
		for _, part := range []pairPart{a, b} {
			if part.m == nil && !x.orgWords(si, part) {
				if k := x.addMention(si, part.start, part.end, Place, false); k >= 0 {
					x.mentions[k].sure = true
				}
			}
		}
		p = b.end - 1
	}
}

// orgWords reports whether a run of words names an organisation by its
// words ("Bristol Crown Court", "Acme Ltd").
func (x *extractor) orgWords(si int, part pairPart) bool {
	if _, ok := orgLookup(x.span(si, part.start, part.end)); ok {
		return true
	}
	for _, t := range x.sents[si].toks[part.start:part.end] {
		lw := lower(t.Text)
		if orgNouns[lw] || legalSuffix[strings.TrimSuffix(lw, ".")] || gazetteer.IsOrgSuffix(t.Text) {
			return true
		}
	}
	return false
}

// townContainment, in sentence si: "in Bath, Somerset": the town is in the
// region, also when the gazetteer knows neither (then it cannot check).
func (x *extractor) townContainment(si int) {
	s := &x.sents[si]
	for p := 0; p+3 < len(s.toks); p++ {
		a, b, ok := x.townPair(si, p)
		if !ok || a.m == nil || b.m == nil || a.m.ent < 0 || b.m.ent < 0 || a.m.ent == b.m.ent {
			continue
		}
		ea, eb := x.ents[a.m.ent], x.ents[b.m.ent]
		if !isPlace(ea.typ) || !isPlace(eb.typ) || ea.typ == Country || x.cityDistrict(a.m.ent, b.m.ent) {
			continue
		}
		switch {
		case x.canContain(a.m.ent, b.m.ent):
			x.contain(a.m.ent, b.m.ent, si)
		case !known(eb.name) && !x.hasFact(b.m.ent, vocab.PContainedInPlace, a.m.ent):
			// the region is unknown: the town must be no country or region
			if pa, ok := gazetteer.Place(ea.name); !ok || pa.Class == gazetteer.ClassCity {
				x.addFact(a.m.ent, vocab.PContainedInPlace, b.m.ent, "", si)
			}
		}
		p = b.end - 1
	}
}

// hometowns, in sentence si: "Hartley, 37, from Radstock", "John Smith, of
// Torrance,", "Deqa Dhalac of South Portland, Maine": the town or region
// (not a country: "Ambassador Stefan Johannesson of Iceland" serves it)
// after a person's name, age and "from" or "of" is where the person lives.
func (x *extractor) hometowns(si int) {
	s := &x.sents[si]
	toks := s.toks
	for _, k := range s.mentions {
		m := &x.mentions[k]
		if m.ent < 0 || m.demonym || m.nominal || x.ents[m.ent].typ != Person {
			continue
		}
		j := m.end
		if j+1 >= len(toks) {
			continue
		}
		if toks[j].Text == "," { // "Hartley, 37, from Radstock"; without a comma: "Deqa Dhalac of South Portland"
			j++
			if isAge(toks[j]) && j+2 < len(toks) && toks[j+1].Text == "," {
				j += 2
			}
		} else if x.hasTitle(m.ent) || m.start > 0 && isAnd(lower(toks[m.start-1].Text)) {
			continue // "Sens. Patrick Moynihan of New York, ..., Lloyd Bentsen of Texas": the states they serve
		}
		if j+1 >= len(toks) {
			continue
		}
		if w := lower(toks[j].Text); w != "from" && w != "of" {
			continue
		}
		pm := x.mentionAt(si, j+1)
		if pm == nil || pm.start != j+1 || pm.ent < 0 || pm.demonym {
			continue
		}
		if t := x.ents[pm.ent].typ; t != City && t != Place {
			continue
		}
		if pm.end < len(toks) && !closes(toks[pm.end]) {
			continue
		}
		if !x.hasFact(m.ent, vocab.PAffiliation, pm.ent) && !x.legislatorsState(si, m, pm) { // roles_legislator_states.go: "Johnston, of Louisiana" serves it
			x.addFact(m.ent, vocab.PHomeLocation, pm.ent, "", si)
		}
	}
}

// isAge reports whether a token is a person's age: a number from 1 to 120.
func isAge(t nlp.Token) bool {
	if t.Tag != "CD" || len(t.Text) > 3 {
		return false
	}
	n := 0
	for _, r := range t.Text {
		if r < '0' || r > '9' {
			return false
		}
		n = n*10 + int(r-'0')
	}
	return n >= 1 && n <= 120
}

// hasTitle reports whether entity e has a job title among the facts found.
func (x *extractor) hasTitle(e int) bool {
	for _, f := range x.order {
		if f.s == e && f.p == vocab.PJobTitle {
			return true
		}
	}
	return false
}
