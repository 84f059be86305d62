package extract

// A title right before a name of two words (firm_default.go's
// titledGivenNames): "comptroller Irv Goss", "chairman W.A. Kistler",
// "Finance Minister Sue Essex". A title in lower case is never part of a
// body's name; a capitalised one is a title when it belongs to no other
// name and is not the first word of a firm's own name ("General Motors").

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// titleBeforeName reports whether the token before start in sentence si is
// a title: a title word or office in lower case ("chairman"), or a
// capitalised title word ("Minister", "Chairman") that no other name owns
// and that is no rank or sovereign's title opening firms' names (General,
// King: names_titled_firms.go).
func (x *extractor) titleBeforeName(si, start int) bool {
	if start == 0 {
		return false
	}
	s := &x.sents[si]
	prev := s.toks[start-1].Text
	if !gazetteer.Capitalised(prev) {
		return isTitleHead(prev) || lowerIn(officeHeads, prev)
	}
	return s.owner[start-1] < 0 && isTitleHead(prev) && !firmTitleWords[s.lower(start-1)] && !isHonorific(s.lower(start-1))
}

// initialsWord reports whether w is a person's initials: one to three
// capital letters, each followed by a dot ("W.", "W.A.", "J.R.R."), that
// name no place ("U.S.", "U.K.": "the major U.S. Government bond brokers").
func initialsWord(w string) bool {
	if _, ok := gazetteer.Place(w); ok {
		return false
	}
	if _, ok := gazetteer.Country(w); ok {
		return false
	}
	n := len(w)
	if n < 2 || n > 6 || n%2 != 0 {
		return false
	}
	for i := 0; i < n; i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}
