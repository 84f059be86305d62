// Places a cue before or inside the name says are places, whatever the
// recogniser read: "the city of Brookhaven", "the village of Las Croabas",
// "Los Cabos" (a Spanish article opens no person's name).

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// localPlaceNouns name local places before "of", besides placeNouns: "the
// borough of Brookhaven", "the neighborhood of Midtown".
var localPlaceNouns = map[string]EntityType{
	"borough": Place, "suburb": Place, "neighborhood": Place, "neighbourhood": Place, "municipality": Place,
	"hamlet": Place, "parish": Place, "township": Place, "commune": Place,
}

// placeNounOf returns the type a place noun before "of" gives the name
// at token i of sentence si ("the city of X": City), and whether one does:
// "the" (or a place's possessive), an optional adjective or national word,
// the noun, "of".
func (x *extractor) placeNounOf(si, i int) (EntityType, bool) {
	s := &x.sents[si]
	if i < 3 || s.lower(i-1) != "of" {
		return "", false
	}
	n := s.lower(i - 2)
	t, ok := placeNouns[n]
	if !ok {
		t, ok = localPlaceNouns[n]
	}
	if !ok || gazetteer.Capitalised(s.toks[i-2].Text) {
		return "", false
	}
	d := i - 3
	if d > 0 && s.lower(d) != "the" && (s.toks[d].Tag == "JJ" || s.owner[d] >= 0 && x.mentions[s.owner[d]].demonym) {
		d-- // "the Swiss city of", "the coastal town of"
	}
	if s.lower(d) != "the" && !x.placePossessive(si, d) {
		return "", false
	}
	return t, true
}

// placePossessive reports whether token d of sentence si is the "'s" of a
// place's or country's name, which opens a place noun as "the" does:
// "Frankfurt's state of Hessen", "Brazil's province of X".
func (x *extractor) placePossessive(si, d int) bool {
	s := &x.sents[si]
	if d < 1 || s.toks[d].Tag != "POS" || s.owner[d-1] < 0 {
		return false
	}
	switch x.mentions[s.owner[d-1]].typ {
	case Place, City, Country:
		return true
	}
	return false
}

// bodyWords reports whether a name holds a word that makes it a body's
// ("Brookhaven Police Department", "the City of London Corporation").
func bodyWords(name string) bool {
	if _, ok := orgLookup(name); ok || firmName(name) {
		return true
	}
	for w := range strings.FieldsSeq(name) {
		if gazetteer.IsOrgHead(w) || gazetteer.IsOrgSuffix(w) {
			return true
		}
	}
	return false
}

// spanishArticlePlace reports whether a name of two or three words opens
// with a Spanish plural article and reads as a place: "Los Cabos", "Las
// Croabas" ("Los Angeles Times" holds a body's word and is not one).
func spanishArticlePlace(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 3 || f[0] != "Los" && f[0] != "Las" {
		return false
	}
	for _, w := range f[1:] {
		if !gazetteer.Capitalised(w) {
			return false
		}
	}
	return !bodyWords(name)
}

// placesByCue types as places the names a place cue says are places,
// read as people's or bodies': after "the city of" and the like, or
// between "the" and a noun of a local place's kind ("the Copperfield
// area") or after a person's age and "of" ("Ann Lee, 52, of Quincy",
// names_age_homes.go), before a comma and a US state's abbreviation
// ("Dothan, Ala.") or between "the" and a natural feature's noun ("the Huangpu river"), the
// mention is sure (it outweighs the name's other readings); a name opened by
// "Los" or "Las" read as a person's is a place's.
func (x *extractor) placesByCue() {
	x.unreadAreas()
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.bend != 0 || m.typ != Person && m.typ != Organization && m.typ != Other {
			continue
		}
		if t, ok := x.placeNounOf(m.sent, m.start); ok && m.end-m.start <= 3 && !bodyWords(m.name) {
			m.typ, m.sure = t, true
			continue
		}
		if m.end-m.start <= 3 && (x.theAreaOf(m) || x.ageHome(m)) && !bodyWords(m.name) {
			m.typ, m.sure = Place, true
			continue
		}
		if m.typ != Person && m.end-m.start <= 3 && (x.townBeforeState(m) || x.theFeatureOf(m)) && !bodyWords(m.name) {
			m.typ, m.sure = Place, true // names_place_towns.go: "in Dothan, Ala.", "the Huangpu river"
			continue
		}
		if m.typ == Person && spanishArticlePlace(m.name) {
			m.typ = Place
		}
	}
}

// placeCued reports whether a place cue stands around mention m that no
// other reading shares: "the town of X", "the X area", "Ann Lee, 52, of X"
// (see placesByCue). voteTypes weighs it above a firm's cue ("of
// Taylorville, which was stopped": the "which" is the truck's); "the
// capital of X" may be a firm's share capital and is no such cue.
func (x *extractor) placeCued(m *mention) bool {
	if _, ok := x.placeNounOf(m.sent, m.start); ok {
		return x.sents[m.sent].lower(m.start-2) != "capital"
	}
	return x.theAreaOf(m) || x.ageHome(m)
}

// localAreaNoun reports whether w is a noun of a local place's kind that
// follows its name after "the" ("the Copperfield area", "the Midtown
// neighborhood"): not "city", "state" or "camp", which follow people's and
// bodies' names too ("the Trump camp"). A switch, not a map: unreadAreas
// asks it of every token, and a switch on strings screens by length before
// comparing, with no hashing.
func localAreaNoun(w string) bool {
	switch w {
	case "area", "neighborhood", "neighbourhood", "suburb", "district", "region":
		return true
	}
	return false
}

// theAreaOf reports whether mention m stands between "the" and a noun of
// a local place's kind in lower case.
func (x *extractor) theAreaOf(m *mention) bool {
	s := &x.sents[m.sent]
	return m.start > 0 && s.lower(m.start-1) == "the" && m.end < len(s.toks) && s.owner[m.end] < 0 && localAreaNoun(s.toks[m.end].Text)
}

// unreadAreas adds as places the capitalised words no name holds between
// "the" and a noun of a local place's kind ("in the Copperfield area"):
// one to three proper nouns, no national adjective, no body's word.
func (x *extractor) unreadAreas() {
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		for j := 2; j < len(s.toks); j++ {
			if !localAreaNoun(s.toks[j].Text) || s.owner[j] >= 0 {
				continue
			}
			i := j
			for i > 0 && j-i < 3 && s.owner[i-1] < 0 && strings.HasPrefix(s.toks[i-1].Tag, "NNP") && gazetteer.Capitalised(s.toks[i-1].Text) {
				i--
			}
			if i == j || i == 0 || s.lower(i-1) != "the" {
				continue
			}
			if nationalWord(s.toks[i].Text) || bodyWords(x.span(si, i, j)) {
				continue
			}
			if k := x.addMention(si, i, j, Place, false); k >= 0 {
				x.mentions[k].sure = true
			}
		}
	}
}

// nationalWord reports whether w is a national adjective, or joins with
// a slash words that are not all places a gazetteer knows
// ("European/Mediterranean", not "Washington/Baltimore").
func nationalWord(w string) bool {
	if _, ok := demonym(w); ok {
		return true
	}
	if !strings.Contains(w, "/") {
		return false
	}
	for _, p := range strings.Split(w, "/") {
		if _, ok := gazetteer.Place(p); !ok {
			return true
		}
	}
	return false
}
