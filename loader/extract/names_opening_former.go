// "Former" or "Outgoing" opening a sentence is capitalised like the name
// after it, and the recogniser reads the two as one name: "Former Hongkong
// Bank chairman Michael Sandberg said" gave a body "Former Hongkong Bank".
// The word says when the person held a post, and is no word of the body's
// name (issue 11, seed205 affiliation row 29).

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// openingTenureWords say that a post was held before or is being left; no
// name opens with them.
var openingTenureWords = map[string]bool{"former": true, "outgoing": true}

// openingTenureWord returns the start of a name [start, end) the recogniser
// read with "Former" or "Outgoing" opening its sentence, a quotation or a
// clause: one past that word when a capitalised word follows it inside the
// name.
func (x *extractor) openingTenureWord(si, start, end int) int {
	s := &x.sents[si]
	if end-start < 2 || !openingWord(s, start) || !openingTenureWords[s.lower(start)] {
		return start
	}
	if !gazetteer.Capitalised(s.toks[start+1].Text) {
		return start
	}
	return start + 1
}
