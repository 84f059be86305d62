package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// The shape of the names the recogniser found in a sentence of English
// text, corrected last in the sentence (recognise): a hyphenated word that
// ends a name ("Los Angeles-area") keeps only the name; a person's name glued
// after a body's ("Ministry of Finance Brian Manning") is split from it; a
// name opened by a French or Spanish body's head ("Société Générale") is a
// body's; museums, galleries, theatres and halls are places, whatever the
// recogniser said.
func (x *extractor) nameShapes(si int) {
	s := &x.sents[si]
	for n := 0; n < len(s.mentions); n++ {
		k := s.mentions[n]
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.bend > 0 || m.typ == Event {
			continue
		}
		x.hyphenTail(si, k)
		m = &x.mentions[k]
		if m.typ == Organization && x.splitGluedPerson(si, k) {
			m = &x.mentions[k]
		}
		switch {
		case venueName(m.name):
			m.typ = Place
		case (m.typ == Person || m.typ == Place) && x.foreignHeaded(si, k):
			if _, place := gazetteer.Place(m.name); !place {
				m.typ = Organization
			}
		}
	}
}

// hyphenTail cuts off the lower-case word hyphenated to a name's last word:
// "Los Angeles-area" names Los Angeles, "Obama-era" Obama.
func (x *extractor) hyphenTail(si, k int) {
	m := &x.mentions[k]
	t := x.sents[si].toks[m.end-1]
	h := strings.LastIndexByte(t.Text, '-')
	if h <= 0 {
		return
	}
	if !hyphenTails[t.Text[h+1:]] {
		return // "Han Dong-hoon": a name's own hyphen
	}
	if r := []rune(t.Text[:h]); !unicode.IsLetter(r[len(r)-1]) {
		return
	}
	start := x.sents[si].toks[m.start].Start
	end := t.Start + h
	name := cleanName(x.text[start:end], m.typ)
	if name == "" {
		return
	}
	m.text, m.name, m.bstart, m.bend = x.text[start:end], name, start, end
	if p, ok := gazetteer.Place(name); ok && m.typ != Person {
		switch p.Class {
		case gazetteer.ClassCountry:
			m.typ = Country
		case gazetteer.ClassCity:
			m.typ = City
		default:
			m.typ = Place
		}
	}
}

// splitGluedPerson splits a body's name from a person's name written right
// after it, as titles are ("Permanent Secretary in the Ministry of Finance
// Brian Manning"): the last two or three words are a person's when the first
// of them is a given name (a word news always capitalises that is no place
// and no body's word) and the words before are a body's name in full (with
// "of", or a body's head first). It reports whether it split.
func (x *extractor) splitGluedPerson(si, k int) bool {
	s := &x.sents[si]
	m := x.mentions[k]
	toks := s.toks
	if m.end-m.start < 4 {
		return false
	}
	if _, known := gazetteer.Org(m.name); known {
		return false
	}
	for tail := 2; tail <= 3; tail++ {
		p := m.end - tail
		if p-m.start < 2 || !x.gluedPerson(si, p, m.end) {
			continue
		}
		headOf := false
		for _, t := range toks[m.start:p] {
			if t.Text == "of" {
				headOf = true
			}
		}
		if !headOf && !gazetteer.IsOrgHead(toks[m.start].Text) {
			continue
		}
		if lowerIs(toks[p-1].Text, "of") || lowerIs(toks[p-1].Text, "and") {
			continue
		}
		if _, place := gazetteer.Place(toks[p-1].Text); place {
			continue // "Bank of America Merrill Lynch": one body's name
		}
		if _, place := gazetteer.Place(x.span(si, p-1, p+1)); place {
			continue // "Federation of Hong Kong Industry"
		}
		for i := p; i < m.end; i++ {
			s.owner[i] = -1
		}
		mm := &x.mentions[k]
		mm.end = p
		mm.text = x.span(si, mm.start, p)
		mm.name = cleanName(mm.text, mm.typ)
		x.addMention(si, p, m.end, Person, false)
		return true
	}
	return false
}

// gluedPerson reports whether tokens [i, j) of sentence si read as a
// person's name: capitalised words, the first a given name, none a body's or
// a place's word, and not a known body.
func (x *extractor) gluedPerson(si, i, j int) bool {
	toks := x.sents[si].toks
	first := toks[i].Text
	if !ner.SeenName(first) || gazetteer.IsOrgHead(first) || gazetteer.IsTitle(first) {
		return false
	}
	if _, ok := gazetteer.Place(first); ok {
		return false
	}
	if _, ok := gazetteer.Demonym(first); ok {
		return false
	}
	for _, t := range toks[i:j] {
		if !gazetteer.Capitalised(t.Text) || ner.RareCapital(t.Text) || gazetteer.IsOrgSuffix(t.Text) || gazetteer.IsPlaceSuffix(t.Text) || lowerIn(legalForms, strings.TrimSuffix(t.Text, ".")) {
			return false
		}
	}
	if _, ok := gazetteer.Org(x.span(si, i, j)); ok {
		return false
	}
	return true
}

// foreignHeaded reports whether a name of several words opens with a French,
// Spanish or German body's head ("Société Générale", "Banco Santander").
func (x *extractor) foreignHeaded(si, k int) bool {
	m := &x.mentions[k]
	return m.end-m.start >= 2 && foreignOrgHeads[x.sents[si].lower(m.start)]
}

// venueName reports whether a name is a museum's, a gallery's, a theatre's
// or a stadium's: a place one goes to ("Bardo National Museum", "Musée
// d’Orsay"). Halls and arenas are surnames too ("Jerry Hall"). A name a
// body's word ends is the body's that runs the venue ("Fenice Theatre
// Foundation", "National Theatre Company": bodyAfterVenue).
func venueName(name string) bool {
	if strings.IndexByte(name, ' ') < 0 || bodyAfterVenue(name) {
		return false
	}
	for rest := name; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		for _, v := range venueWords {
			if strings.EqualFold(w, v) {
				return true
			}
		}
	}
	return false
}

// hyphenTails make an adjective of the name hyphenated to them.
var hyphenTails = wordSet("hyphenTails")

// venueWords name venues.
var venueWords = []string{"museum", "musée", "museo", "gallery", "theatre", "theater", "théâtre", "teatro", "stadium"}
