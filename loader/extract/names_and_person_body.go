package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// splitPersonAndBody splits a name the recogniser ran across "and" from a
// person's name into a body's: "David Estwick and University of the West
// Indies lecturer Jane Brown", "Peter Phillips and University of
// Technology president Kevin Brown". Two names are there when the half
// before "and" is a person's full name (two or three capitalised words, the
// first a given name, none a body's word) and the half after opens as a
// body's name does, a body's word and "of" ("University of", "Bank of",
// "Ministry of"). A name a gazetteer knows stays whole.
func (x *extractor) splitPersonAndBody() {
	var drop []bool
	var parts []mentionPart
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.end-m.start < 5 || m.demonym || m.nominal || m.typ == Person || m.typ == Event {
			continue
		}
		and := x.onlyAnd(m)
		if and < 0 || !x.personNameAt(m.sent, m.start, and) || !x.bodyOfAt(m.sent, and+1, m.end) {
			continue
		}
		if _, ok := orgLookup(m.name); ok {
			continue
		}
		if _, ok := gazetteer.Place(m.name); ok {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(x.mentions))
		}
		drop[k] = true
		parts = append(parts, mentionPart{m.sent, m.start, and, Person}, mentionPart{m.sent, and + 1, m.end, Organization})
	}
	if drop == nil {
		return
	}
	x.splitMentions(drop, parts)
}

// personNameAt reports whether tokens [i, j) of sentence si are a person's
// full name: two or three capitalised words, the first a given name, none
// a body's word nor a title.
func (x *extractor) personNameAt(si, i, j int) bool {
	s := &x.sents[si]
	if j-i < 2 || j-i > 3 || !s.in(i, tlGivenNames) {
		return false
	}
	for k := i; k < j; k++ {
		w := s.toks[k].Text
		if !gazetteer.Capitalised(w) || !strings.HasPrefix(s.toks[k].Tag, "NNP") || isTitleHead(w) {
			return false
		}
	}
	return !orgWord(s.toks[i:j])
}

// bodyOfAt reports whether tokens [i, j) of sentence si open as a body's
// name: a body's word, then "of" and a capitalised word ("University of the
// West Indies", "Bank of Jamaica").
func (x *extractor) bodyOfAt(si, i, j int) bool {
	s := &x.sents[si]
	if j-i < 3 || s.lower(i+1) != "of" || !orgWord(s.toks[i:i+1]) {
		return false
	}
	n := i + 2
	if s.lower(n) == "the" && n+1 < j {
		n++
	}
	return gazetteer.Capitalised(s.toks[n].Text)
}
