package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// bodyAfterPersonOf reports whether the capitalised words that end at token
// i-1 of sentence s, read as a title before a name, follow "PERSON of" or
// "PERSON at": they are the person's body ("Gordon Redgate of Commodity
// Manager and Private Label Distribution"), and the capitalised words after
// them the rest of its name, no person (issue 11's judged seed104).
func (x *extractor) bodyAfterPersonOf(si, i int) bool {
	s := &x.sents[si]
	k := i - 1
	for k > 0 && (gazetteer.Capitalised(s.toks[k].Text) || s.lower(k) == "and" || s.lower(k) == "&") && s.owner[k] < 0 {
		k--
	}
	if k < 1 || k >= i-1 || s.lower(k) != "of" && s.lower(k) != "at" {
		return false
	}
	pm := x.mentionAt(si, k-1)
	return pm != nil && pm.typ == Person && pm.end == k
}
