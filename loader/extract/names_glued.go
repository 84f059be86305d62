package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// A capitalised word that is no given name, glued to the surname of a
// person the article names elsewhere, is not that person's first name but
// a neighbour: "told Reuters Kampelman was doing well" after "Max
// Kampelman", "At La Fenice Viotti was widely acclaimed" after "Marcello
// Viotti", "the British Tolkien" after "Tolkien". Such a person's name
// begins at the surname; the neighbour, when the article or a gazetteer
// names it a body, is a mention of that body, and so is that name alone.

// gluedNeighbours cuts the neighbour off such names.
func (x *extractor) gluedNeighbours() {
	var surnames map[string]bool // the last words the article shows are surnames
	n := len(x.mentions)
	for k := 0; k < n; k++ {
		m := &x.mentions[k]
		if m.typ != Person || m.end-m.start < 2 || m.text != m.name || m.bstart != 0 || m.bend != 0 || m.demonym || m.nominal {
			continue
		}
		if surnames == nil {
			surnames = x.personLastWords()
		}
		f := strings.Fields(m.name)
		last := f[len(f)-1]
		if !surnames[last] || m.end-m.start != len(f) || !surnameOnly(last) {
			continue
		}
		prefix := strings.Join(f[:len(f)-1], " ")
		typ, ok := x.neighbourType(prefix, m.start == 0)
		if !ok {
			continue
		}
		si, start := m.sent, m.start
		x.respan(k, m.end-1, m.end, m.typ)
		if typ == Person {
			continue
		}
		x.addMention(si, start, start+len(f)-1, typ, false)
		for k2 := range x.mentions {
			if m2 := &x.mentions[k2]; m2.name == prefix && m2.typ == Person {
				m2.typ = typ // "director of La Fenice since 2002", read a person's for "La Fenice Viotti"
			}
		}
	}
}

// personLastWords returns the last words of the person names the article
// shows are surnames: after a given name or initials ("Max Kampelman"), or
// alone after a word in lower case ("said Kampelman"), not "Drink" of
// "Beer Drink in moderation" opening lines of a table.
func (x *extractor) personLastWords() map[string]bool {
	out := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.nominal {
			continue
		}
		f := strings.Fields(m.name)
		_, ini := initialsOf(f[:1])
		if len(f) == 1 && m.start > 0 && isLowerWord(x.sents[m.sent].toks[m.start-1].Text) || len(f) > 1 && (lowerIn(givenNames, f[0]) || ini) {
			out[f[len(f)-1]] = true
		}
	}
	return out
}

// neighbourType returns what a capitalised word (or words) glued before a
// surname is, when it is no part of a person's name: a body the article or
// a gazetteer names, or whose name it begins when it is no word of the
// dictionary alone (its type), a national adjective or a word of the
// dictionary capitalised for opening the sentence (Person: nothing to add;
// not in a quotation: "the nickname “Canine Dion”" is a name). Given names and initials are a
// name's, and so are places ("Paris Hilton").
func (x *extractor) neighbourType(w string, opening bool) (EntityType, bool) {
	f := strings.Fields(w)
	if lowerIn(givenNames, f[0]) || isHonorific(lower(f[0])) {
		return Person, false
	}
	if _, ok := initialsOf(f[:1]); ok {
		return Person, false
	}
	if !slices.ContainsFunc(f, func(w string) bool { return !dictionaryWord(w) }) {
		// "Again Roddick broke first", "Besides Dee, Davis is survived by":
		// a word capitalised for opening the sentence; elsewhere it may be
		// a verb opening a line ("Leaves Jas" beside "Leaves Carpenter's Shop")
		return Person, opening
	}
	for k := range x.mentions {
		// "La Fenice", or the first words of "La Fenice Theatre"
		if m := &x.mentions[k]; (m.name == w || strings.HasPrefix(m.name, w+" ")) && (m.typ == Organization || isPlace(m.typ)) && !m.demonym && !m.nominal {
			return m.typ, true
		}
	}
	if _, ok := orgLookup(w); ok {
		return Organization, true
	}
	if _, ok := demonym(w); ok {
		return Person, true
	}
	return Person, false // a place may be a given name: "Paris Hilton", "Jordan Henderson"
}

// respan moves mention k to tokens [start, end) of its sentence, typed
// typ: the tokens it leaves are no one's, those it takes are its, and its
// text and name follow.
func (x *extractor) respan(k, start, end int, typ EntityType) {
	m := &x.mentions[k]
	s := &x.sents[m.sent]
	for i := m.start; i < m.end; i++ {
		if i < start || i >= end {
			s.owner[i] = -1
		}
	}
	for i := start; i < end; i++ {
		s.owner[i] = k
	}
	m.start, m.end, m.typ = start, end, typ
	m.text = x.span(m.sent, start, end)
	m.name = cleanName(m.text, typ)
}

// surnameOnly reports whether w, left of a name cut, can be a surname: no
// place, body or month a gazetteer knows ("Nintendo Europe", "Opec
// February").
func surnameOnly(w string) bool {
	if calendarWord(w) {
		return false
	}
	if _, ok := gazetteer.Place(w); ok {
		return false
	}
	_, ok := orgLookup(w)
	return !ok
}
