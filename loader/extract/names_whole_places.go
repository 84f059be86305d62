package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// Places whose name holds a word in lower case: "Dar es Salaam", "Port of
// Spain". The recogniser reads the capitalised words apart ("Dar" and
// "Salaam", typed people or places, and the resolver's votes make "Salaam"
// an organisation across articles); a gazetteer that knows the place by the
// whole name written in the sentence makes it one place.

// wholeKnownPlaces makes one place mention, in sentence si, of each run of
// three or four words that opens and ends in capitals, holds a short word
// in lower case and is a place the gazetteer knows ("Dar es Salaam"), when
// no name goes over its ends and the names inside it are the recogniser's
// own readings, not typed by their context.
func (x *extractor) wholeKnownPlaces(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 0; i+2 < len(toks); i++ {
		if !gazetteer.Capitalised(toks[i].Text) || !isLetterWord(toks[i].Text) {
			continue
		}
		for n := min(4, len(toks)-i); n >= 3; n-- {
			j := i + n
			if !wholePlaceShape(s, i, j) {
				continue
			}
			p, ok := gazetteer.Place(x.span(si, i, j))
			if !ok || p.Class != gazetteer.ClassCity && p.Class != gazetteer.ClassCountry && p.Class != gazetteer.ClassAdminArea {
				continue
			}
			if !x.onlyInside(si, i, j) {
				continue
			}
			x.removeOwnersIn(si, i, j)
			x.addMention(si, i, j, typeOf(ner.Place, p.Class), false)
			i = j - 1
			break
		}
	}
}

// wholePlaceShape reports whether tokens [i, j) of s open and end in
// capitals and hold, between, a short word in lower case and nothing but
// words.
func wholePlaceShape(s *sentence, i, j int) bool {
	if !gazetteer.Capitalised(s.toks[j-1].Text) || !isLetterWord(s.toks[j-1].Text) {
		return false
	}
	lowerIn := false
	for k := i + 1; k < j-1; k++ {
		w := s.toks[k].Text
		if !isLetterWord(w) {
			return false
		}
		if !gazetteer.Capitalised(w) {
			if len(w) > 3 {
				return false
			}
			lowerIn = true
		}
	}
	return lowerIn
}

// onlyInside reports whether the mentions over tokens [i, j) of sentence si
// lie inside it and are none of them typed by their context.
func (x *extractor) onlyInside(si, i, j int) bool {
	return x.mentionsWithin(si, i, j, func(m *mention) bool { return !m.sure && m.bend == 0 })
}
