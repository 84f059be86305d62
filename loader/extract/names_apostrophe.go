package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// Surnames with an apostrophe. The recogniser takes an Irish or Norman
// surname ("Michael O'Neill", "D’Arcy") for a firm's possessive
// ("McDonald's") and types the name a body, or leaves the surname out
// ("Sinead O’Connor" read as "Sinead"). A person's name goes on over such a
// surname; a name ending in one, with no organisation word, is a person.

// apostropheSurnameAfter returns the end of a recogniser name [start, end)
// of typ, taking in an apostrophe surname right after a person's name, and
// retypes as a person a body's name that ends in one.
func apostropheSurnameAfter(toks []nlp.Token, owner []int, start, end int, typ *EntityType) int {
	if *typ == Person && end < len(toks) && owner[end] < 0 && apostropheSurname(toks[end].Text) {
		return end + 1
	}
	if *typ == Organization && surnameByApostrophe(toks[start:end]) {
		*typ = Person
	}
	return end
}

// apostropheSurname reports whether a word is a surname written with a
// one-letter prefix and an apostrophe: "O'Neill", "O’Connor", "D'Arcy".
func apostropheSurname(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	rest := w[n:]
	switch {
	case strings.HasPrefix(rest, "'"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "’"):
		rest = rest[len("’"):]
	default:
		return false
	}
	r2, _ := utf8.DecodeRuneInString(rest)
	return len(rest) >= 3 && unicode.IsUpper(r2) && letters(rest)
}

// surnameByApostrophe reports whether a name read as a body is a person's:
// one to three capitalised words ending in an apostrophe surname, none of
// them an organisation word ("Michael O'Neill", not "O'Hare Airport").
func surnameByApostrophe(ts []nlp.Token) bool {
	if len(ts) == 0 || len(ts) > 3 || !apostropheSurname(ts[len(ts)-1].Text) {
		return false
	}
	for _, t := range ts {
		if !gazetteer.Capitalised(t.Text) || gazetteer.IsOrgSuffix(t.Text) || gazetteer.IsOrgHead(t.Text) {
			return false
		}
	}
	return true
}

// apostropheNames adds the names the recogniser left out whole because of a
// word glued by an apostrophe: "Tip O’Neill", "L’Oréal", "the Musée
// d’Orsay". The name is the run of capitalised words no mention owns around
// such a word (an elided particle, "d’Orsay", inside one); it is a place when
// it names a venue or the gazetteer knows it, a body when it opens with a
// body's head or with "L’", and a person's otherwise.
func (x *extractor) apostropheNames(si int) {
	s := &x.sents[si]
	toks := s.toks
	free := func(k int) bool { return k >= 0 && k < len(toks) && s.owner[k] < 0 }
	for i := 0; i < len(toks); i++ {
		w := toks[i].Text
		if !free(i) || !apostropheSurname(w) && !elidedParticle(w) {
			continue
		}
		start, end := i, i+1
		for free(start-1) && gazetteer.Capitalised(toks[start-1].Text) && toks[start-1].Tag == "NNP" && !isHonorific(lower(strings.TrimSuffix(toks[start-1].Text, "."))) && !isTitleHead(toks[start-1].Text) {
			start--
		}
		for free(end) && (gazetteer.Capitalised(toks[end].Text) && toks[end].Tag == "NNP" || elidedParticle(toks[end].Text)) {
			end++
		}
		if _, det := lowerHas(determiners, toks[start].Text); det {
			start++
		}
		if elidedParticle(toks[start].Text) || start >= end || end-start > 4 {
			i = end
			continue
		}
		name := x.span(si, start, end)
		typ := Person
		_, place := gazetteer.Place(name)
		switch {
		case venueName(name) || place:
			typ = Place
		case gazetteer.IsOrgHead(toks[start].Text) || lowerIn(foreignOrgHeads, toks[start].Text) || len(w) > 2 && (w[0] == 'L') && start == i:
			typ = Organization
		}
		x.addMention(si, start, end, typ, false)
		i = end
	}
}

// elidedParticle reports whether a word is a name's word after an elided
// particle: "d’Orsay", "d'Estaing".
func elidedParticle(w string) bool {
	if len(w) < 4 || w[0] != 'd' {
		return false
	}
	rest, ok := strings.CutPrefix(w[1:], "’")
	if !ok {
		rest, ok = strings.CutPrefix(w[1:], "'")
	}
	return ok && gazetteer.Capitalised(rest)
}
