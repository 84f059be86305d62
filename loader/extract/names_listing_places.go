package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// listingMaxWords is the longest line in capitals read as a listing's line.
const listingMaxWords = 10

// listingPlaces adds the town that ends a short line in capitals of the body
// after a comma, as pages list the dates and venues of a tour or an event:
// "COLOUR CLUB, MELBOURNE", "OAF GALLERY BAR, SYDNEY". The recogniser
// cannot read capitals (shouting), but a known town or country there, which
// news writes with a capital inside a sentence almost always, is one. Not the
// headline (a wire's headline in capitals is read from its body), nor a town
// whose name is a common word ("READING", "NICE").
func (x *extractor) listingPlaces(si int) {
	toks := x.sents[si].toks
	if si == 0 || len(toks) > listingMaxWords {
		return
	}
	end := len(toks)
	if toks[end-1].Text == "." {
		end--
	}
	c := -1
	for k := end - 1; k > 0 && k >= end-4; k-- {
		if toks[k].Text == "," {
			c = k
			break
		}
	}
	if c < 1 || c+1 >= end {
		return
	}
	for k := c + 1; k < end; k++ {
		if !capitalsWord(toks[k].Text) || !ner.SeenName(capitalsAsName(toks[k].Text)) {
			return
		}
	}
	p, ok := gazetteer.Place(x.span(si, c+1, end))
	if !ok {
		return
	}
	switch p.Class {
	case gazetteer.ClassCity:
		x.addMention(si, c+1, end, City, false)
	case gazetteer.ClassCountry:
		x.addMention(si, c+1, end, Country, false)
	}
}

// capitalsWord reports whether w is letters in capitals only, two or more.
func capitalsWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// capitalsAsName writes a word in capitals as a name: "SYDNEY" → "Sydney".
func capitalsAsName(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	b := make([]rune, 0, len(w))
	b = append(b, r)
	for _, q := range w[n:] {
		b = append(b, unicode.ToLower(q))
	}
	return string(b)
}
