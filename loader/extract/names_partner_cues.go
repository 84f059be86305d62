// A partnership named by its partners without a legal form after them:
// "a partner with Cleary, Gottlieb, Steen and Hamilton", "the brokerage
// firm of Spear, Leeds and Kellogg", "the law firm Paul, Weiss, Rifkind,
// Wharton and Garrison". What stands before the list says it is one firm:
// the recogniser read a list, and a town among the partners ("Hamilton",
// "Leeds") made places of them all (listPlaces). Three partners or more,
// each one capitalised word (a town's name too, not a country's or a
// state's), the last after "and", right after "firm" or after "firm" or
// "partner" and "of", "with", "at" or "in", are one organisation's name.

package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// partnershipHeads are the nouns that, before "of", "with", "at" or "in"
// and a list of partners, say the list is a firm's name.
var partnershipHeads = map[string]bool{"firm": true, "partner": true, "partners": true}

// cuedPartnerships adds, in sentence si, an organisation's mention for each
// list of partners a partnership's cue stands before (see above), when no
// name of the recogniser overlaps it.
func (x *extractor) cuedPartnerships(si int) {
	s := &x.sents[si]
	toks := s.toks
	for a := 2; a+1 < len(toks); a++ {
		if s.lower(a) != "and" || !cuedPartner(toks[a+1]) || a+2 < len(toks) && gazetteer.Capitalised(toks[a+2].Text) {
			continue
		}
		start := cuedPartnersStart(toks, a)
		if start < 0 || !x.partnershipCue(si, start) {
			continue
		}
		x.addMention(si, start, a+2, Organization, false)
	}
}

// cuedPartnersStart returns the first token of two partners or more listed
// with commas before the "and" at token a, -1 when there are fewer.
func cuedPartnersStart(toks []nlp.Token, a int) int {
	p := a - 1
	if toks[p].Text == "," {
		p-- // "Cleary, Gottlieb, and Hamilton"
	}
	first, n := -1, 0
	for p >= 0 && cuedPartner(toks[p]) {
		first, n = p, n+1
		if p < 2 || toks[p-1].Text != "," {
			break
		}
		p -= 2
	}
	if n < 2 {
		return -1
	}
	return first
}

// partnershipCue reports whether the words before token start of sentence
// si say that the partners listed from there are one firm: "firm" right
// before, or "firm" or "partner" and "of", "with", "at" or "in".
func (x *extractor) partnershipCue(si, start int) bool {
	s := &x.sents[si]
	if start < 2 {
		return false
	}
	switch s.lower(start - 1) {
	case "firm":
		return true
	case "of", "with", "at", "in":
		return partnershipHeads[s.lower(start-2)]
	}
	return false
}

// cuedPartner reports whether token t can name a partner of a firm after a
// partnership's cue: a capitalised word of letters, not all capitals, no
// legal form, calendar word or honorific, nor a body's, a country's or a
// state's name (a town's will do: "Leeds").
func cuedPartner(t nlp.Token) bool {
	w := t.Text
	if !partnerWord(t) || !partnerShaped(w) || isHonorific(lower(w)) {
		return false
	}
	p, ok := gazetteer.Place(w)
	return !ok || p.Class == gazetteer.ClassCity
}
