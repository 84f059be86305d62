// Hospitals, clinics, airports and stadiums named by a name and their noun,
// which modern copy often writes in lower case: "Royal Shrewsbury hospital",
// "the Mayo Clinic", "Heathrow airport", "St Mary's Hospital". The
// recogniser reads the name alone, often as a town's or a person's
// ("Cleveland" of "Cleveland Clinic", "Jackson" of "Jackson Memorial
// hospital"), or drops it, or reads the noun apart ("Hospital" as Other).
// The name and its noun are one name, typed by the noun (institutionHeads:
// a hospital is a body, an airport a place). A town or a country alone
// before a noun in lower case only says where ("a Miami hospital", "the
// London airport"), and a possessive before one is an owner ("Cayman's
// hospital"): neither is joined.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// institutionHeads maps the nouns ending the names of hospitals, clinics,
// airports and stadiums to the type of the whole name.
var institutionHeads = wordMapOf[EntityType]("institutionHeads")

// institutionNames joins each name and the institution noun right after it
// into one name of the noun's type, or retypes a name already ending in the
// noun (see the file's comment).
func (x *extractor) institutionNames() {
	type join struct {
		span tokenSpan
		typ  EntityType
	}
	var joins []join
	var drop []bool
	for si := range x.sents {
		s := &x.sents[si]
		if s.row || s.shouts() {
			continue
		}
		for i := 1; i < len(s.toks); i++ {
			if !s.in(i, tlInstitutionHeads) {
				continue // not one of institutionHeads: the map is read for its words only
			}
			typ, ok := institutionHeads[s.lower(i)]
			if !ok || !strings.HasPrefix(s.toks[i].Tag, "NN") || i+1 < len(s.toks) && gazetteer.Capitalised(s.toks[i+1].Text) {
				continue // "Hospital Corp of America": the noun inside a longer name
			}
			var head []int // the noun read alone ("Hospital" as Other)
			if o := s.owner[i]; o >= 0 {
				m := &x.mentions[o]
				if m.end != i+1 || m.demonym || m.nominal || m.bstart != 0 || m.bend != 0 || m.typ == Event {
					continue
				}
				if m.start < i {
					// "Sharp Memorial Hospital" read as a place or a person
					if m.typ != typ {
						m.typ, m.sure = typ, true
					}
					continue
				}
				head = []int{o}
			}
			start, owned := x.institutionName(si, i)
			if start < 0 {
				continue
			}
			owned = append(owned, head...)
			drop = x.markDropped(drop, owned)
			joins = append(joins, join{tokenSpan{si, start, i + 1}, typ})
		}
	}
	if joins == nil {
		return
	}
	x.removeMentions(drop)
	for _, j := range joins {
		if k := x.addMention(j.span.si, j.span.i, j.span.j, j.typ, false); k >= 0 {
			m := &x.mentions[k]
			m.sure = true
			if !gazetteer.Capitalised(x.sents[j.span.si].toks[j.span.j-1].Text) {
				// "Croke Park stadium" goes by "Croke Park" too
				m.alias = cleanName(x.span(j.span.si, j.span.i, j.span.j-1), j.typ)
			}
		}
	}
}

// institutionName returns the first token of the name before the
// institution noun at token i of sentence si, and the mentions inside it,
// or -1 when the words before the noun make no name of it: capitalised
// proper nouns, or one mention ending right before it, with a possessive
// inside only before a capitalised noun ("St Mary's Hospital").
func (x *extractor) institutionName(si, i int) (int, []int) {
	s := &x.sents[si]
	toks := s.toks
	capital := gazetteer.Capitalised(toks[i].Text)
	k := i - 1
	var owned []int
	start := -1
	for k >= 0 {
		if o := s.owner[k]; o >= 0 {
			m := &x.mentions[o]
			if m.end != k+1 || m.demonym || m.nominal || m.bstart != 0 || m.bend != 0 || m.typ == Event {
				break
			}
			if m.typ == Country && k != i-1 {
				break // "U.S. Dlr Kansai airport"
			}
			owned = append(owned, o)
			start = m.start
			break // one name, whole: not "Dominion Resources Inc Hospital"
		}
		if toks[k].Tag == "POS" {
			if !capital || k != i-1 || k == 0 {
				break
			}
			k-- // "St Mary's Hospital"
			continue
		}
		if !strings.HasPrefix(toks[k].Tag, "NNP") || !gazetteer.Capitalised(toks[k].Text) || isHonorific(lower(strings.TrimSuffix(toks[k].Text, "."))) || isTitleHead(toks[k].Text) {
			break
		}
		start, k = k, k-1
	}
	if start < 0 || toks[start].Tag == "POS" {
		return -1, nil
	}
	if !capital {
		name := x.span(si, start, i)
		if _, ok := gazetteer.Place(name); ok {
			return -1, nil // "a Miami hospital"
		}
		if _, ok := gazetteer.Country(name); ok {
			return -1, nil
		}
		if len(owned) == 1 {
			if m := &x.mentions[owned[0]]; m.start == start && m.end == i && (m.typ == Person || m.typ == City || m.typ == Country) {
				return -1, nil // "the Clinton hospital plan", "the Kingston hospital"
			}
		}
	}
	return start, owned
}
