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
