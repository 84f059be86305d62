// Airports named with their three-letter codes, as travel news writes
// them: "service between Seattle and London Heathrow (LHR), Bangalore (BLR)
// and Shanghai Pudong (PVG)". The recogniser reads "London Heathrow" as a
// person's name and "Bangalore" as a surname; a code after a name read as
// a person's that is no acronym of its words, where the name opens with a
// city a gazetteer knows or is listed with such a name, makes it a place.

package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// airportNames, in sentence si: the people's names followed by a
// bracketed code of three capitals that is not their acronym, typed as
// places when one such name of the sentence opens with a known city.
func (x *extractor) airportNames(si int) {
	s := &x.sents[si]
	var coded []int // mentions followed by a code
	known := false
	for _, k := range s.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.bend > 0 || !airportCode(s, m.end) || codeOfInitials(s.toks[m.end+1].Text, m.name) {
			continue
		}
		coded = append(coded, k)
		first := firstField(strings.ReplaceAll(m.name, "/", " "))
		if p, ok := gazetteer.Place(first); ok && p.Class == gazetteer.ClassCity && !lowerIn(givenNames, first) {
			known = true // "London Heathrow", not "Austin Dillon (USA)"
		}
	}
	if !known {
		return
	}
	for _, k := range coded {
		// the recogniser's people only: a firm with its ticker stays a
		// firm ("Texas Instruments (TXN)")
		if m := &x.mentions[k]; m.typ == Person {
			m.typ, m.sure = Place, true
		}
	}
}

// airportCode reports whether tokens i.. of sentence s are "(", a code of
// three capitals, ")".
func airportCode(s *sentence, i int) bool {
	if i+2 >= len(s.toks) || s.toks[i].Text != "(" || s.toks[i+2].Text != ")" {
		return false
	}
	c := s.toks[i+1].Text
	if len(c) != 3 {
		return false
	}
	for _, r := range c {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// codeOfInitials reports whether code is made of the initials of name's
// capitalised words, whole or cut on the left ("Securities and Exchange
// Commission" cut to "Exchange Commission (SEC)"); "London Heathrow (LHR)"
// is no acronym.
func codeOfInitials(code, name string) bool {
	var in []rune
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '/' }) {
		r := []rune(w)
		if len(r) > 0 && unicode.IsUpper(r[0]) {
			in = append(in, r[0])
		}
	}
	return len(in) > 1 && strings.HasSuffix(code, string(in))
}
