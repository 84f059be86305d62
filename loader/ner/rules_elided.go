package ner

import "strings"

// elidedSurname reports whether word k of w is the rest of a surname whose
// particle the tokeniser split off at its apostrophe: "'Souza" after "D"
// ("Dolphy D'Souza"), "'Neill" after "O". A word opening with an apostrophe
// and a capital, right after a lone capital letter, is a name's word though
// it does not open with a capital itself.
func elidedSurname(w []string, k int) bool {
	if k < 1 || len(w[k-1]) != 1 || !capitalised(w[k-1]) {
		return false
	}
	rest, ok := strings.CutPrefix(w[k], "'")
	if !ok {
		rest, ok = strings.CutPrefix(w[k], "’")
	}
	return ok && capitalised(rest)
}
