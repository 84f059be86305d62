package ner

import "unicode"

// A known place of two words or more that opens a body's name, which the
// model cut inside the place: "a Puerto Rico Police Department officer"
// read as a place "Puerto" and a body "Rico Police Department". The known
// place wins over the model's pieces, and the body it opens is its name.

// placeOpensBody returns the organisation that a known place of two words
// or more opens, when the model read an organisation from inside the place
// to past its end and the words after the place are not all in capitals
// (a price table's heading, "HONG KONG GOLD CLSG", is no body); false when
// there is none.
func placeOpensBody(words []string, ms []Mention, place Mention) (Mention, bool) {
	if place.Label != Place {
		return Mention{}, false
	}
	for _, m := range ms {
		if m.Label == Organization && m.Start > place.Start && m.Start < place.End && m.End > place.End && anyLower(words[place.End:m.End]) {
			return Mention{Start: place.Start, End: m.End, Label: Organization}, true
		}
	}
	return Mention{}, false
}

// anyLower reports whether a word of words holds a lower-case letter.
func anyLower(words []string) bool {
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLower(r) {
				return true
			}
		}
	}
	return false
}
