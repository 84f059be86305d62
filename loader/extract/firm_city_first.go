// Firms named after a town: "Toyota Motor Corp" ... "Toyota said". The
// gazetteer knows the first word as a town (Toyota, Aichi), but an article
// that names the firm in full and then writes the word alone, never as a
// place (no "in Toyota", no "Toyota, Japan"), means the firm.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// townFirms retypes as its firm each one-word mention of a town that is
// the first word of a firm's legal name the article writes (see the file's
// comment), unless the article treats the word as a person's name; the
// mention is the firm's, by its short name.
func (x *extractor) townFirms() {
	short := map[string]string{}
	x.cityFirstWords(short)
	if len(short) == 0 {
		return
	}
	people := x.personEvidence()
	for k := range x.mentions {
		m := &x.mentions[k]
		full := short[m.name]
		if full == "" || m.demonym || m.nominal || people[m.name] || !isPlace(m.typ) && m.typ != Person {
			continue
		}
		m.alias, m.name = m.name, full
		m.typ = Organization
		m.sure = true
	}
}

// cityFirstWords adds to short the first word of each firm's legal name
// ("Toyota" of "Toyota Motor Corp") that is a town's name, not a capital's,
// written alone in the article and never as a place there, each with that
// firm's name. Of several firms with that first word, the one whose name
// without its legal form opens all the others' ("Toyota Motor" of "Toyota
// Motor Credit Corp") is it; else none is. Names short already holds stay.
func (x *extractor) cityFirstWords(short map[string]string) {
	type firm struct{ full, bare string }
	var byWord map[string][]firm
	alone := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal {
			continue
		}
		if m.typ != Organization {
			if countFields(m.name, 2) == 1 {
				alone[m.name] = true
			}
			continue
		}
		f := strings.Fields(m.name)
		if len(f) == 1 {
			alone[m.name] = true
		}
		if len(f) < 3 {
			continue
		}
		n := len(f)
		for n > 1 && (legalForms[legalWord(f[n-1])] || f[n-1] == "&") {
			n--
		}
		if n == len(f) || n < 2 {
			continue
		}
		if byWord == nil {
			byWord = map[string][]firm{}
		}
		byWord[f[0]] = append(byWord[f[0]], firm{m.name, strings.Join(f[:n], " ")})
	}
	for w, firms := range byWord {
		if _, ok := short[w]; ok || !alone[w] || !townName(w) || x.writtenAsPlace(w) {
			continue
		}
		best := firms[0]
		for _, f := range firms[1:] {
			if len(f.bare) < len(best.bare) {
				best = f
			}
		}
		for _, f := range firms {
			if f.bare != best.bare && !strings.HasPrefix(f.bare, best.bare+" ") {
				best.full = ""
				break
			}
		}
		if best.full != "" {
			short[w] = best.full
		}
	}
}

// townName reports whether a word is a town's name the gazetteer knows, not
// a capital's (capitals name their governments: "Washington said"), a
// country's or a region's.
func townName(w string) bool {
	p, ok := gazetteer.Place(w)
	if !ok || p.Class != gazetteer.ClassCity {
		return false
	}
	c, ok := gazetteer.City(w)
	return ok && !c.Capital
}

// writtenAsPlace reports whether the article writes name as a place
// somewhere: after a preposition of place or "to", with at most a word of
// place between ("plant in Toyota", "in downtown Norfolk"), or before a
// comma and another place or a state's abbreviation ("Toyota, Japan",
// "Providence, R.I."), or inside a longer name that is not the firm's
// ("Norfolk and Western Railway Co").
func (x *extractor) writtenAsPlace(name string) bool {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal {
			continue
		}
		s := &x.sents[m.sent]
		if m.name != name {
			if w := s.toks[m.start].Text; w == name && m.end-m.start > 1 && m.typ != Organization {
				return true // "Norfolk Island"
			}
			continue
		}
		for p := m.start - 1; p >= 0 && p >= m.start-2; p-- {
			if w := s.lower(p); placePreps[w] || w == "to" {
				return true
			}
			if gazetteer.Capitalised(s.toks[p].Text) {
				break
			}
		}
		if m.end+1 < len(s.toks) && s.toks[m.end].Text == "," {
			if n := x.mentionAt(m.sent, m.end+1); n != nil && n.start == m.end+1 && isPlace(n.typ) || stateAbbreviation(s.toks[m.end+1].Text) {
				return true
			}
		}
	}
	return false
}
