// A month's name typed with two letters swapped or one letter wrong,
// dropped or doubled ("in Feburary", "from Jnauary") is no place: the
// recogniser reads the capitalised word after "in" as a town's name. A
// place-read word of six letters or more, unknown to the gazetteer, one
// such slip from a month's name and with the month's first letter, names
// nothing. Shorter words are left alone ("Marc", "Junot").

package extract

import (
	"strings"
	"time"
)

// fullMonthNames are the months' names in lower case, of five letters or
// more: shorter ones ("May", "June") are one slip from too many words.
var fullMonthNames = func() []string {
	var out []string
	for m := time.January; m <= time.December; m++ {
		if n := strings.ToLower(m.String()); len(n) >= 5 {
			out = append(out, n)
		}
	}
	return out
}()

// dropMisspeltMonths removes the place-read mentions of one word that are
// a month's name with one slip (misspeltMonth).
func (x *extractor) dropMisspeltMonths() {
	x.dropMentionsIf(func(m *mention) bool {
		return isPlace(m.typ) && !m.demonym && !m.nominal && m.end-m.start == 1 && misspeltMonth(m.name) && !gazetteerKnows(m.name)
	})
}

// misspeltMonth reports whether word, of six letters or more, is one slip
// (two neighbouring letters swapped, one letter changed, one added or
// dropped before the end)
// from a month's name of fullMonthNames and shares its first letter, but is
// not the month itself.
func misspeltMonth(word string) bool {
	w := lower(word)
	if len(w) < 6 {
		return false
	}
	for _, m := range fullMonthNames {
		if w != m && w[0] == m[0] && oneSlip(w, m) {
			return true
		}
	}
	return false
}

// oneSlip reports whether a and b (ASCII) differ by one swap of neighbouring
// letters, one changed letter, or one letter added or dropped before the
// last (a name that goes on after a month's letters is another word:
// "Augusta").
func oneSlip(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	switch len(a) - len(b) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if i == len(a) {
			return false
		}
		if a[i+1:] == b[i+1:] {
			return true // one changed letter
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		return i < len(b) && a[i+1:] == b[i:] // not at the end: "Augusta" is a town
	}
	return false
}
