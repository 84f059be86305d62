package extract

// A body's seat that no gazetteer knows, written as a "-based" word between
// a title's preposition and the body's name (issue 15): "president of
// Mercer Island-based Dana F. Besecker Company". A known place is read as a
// place mention (names_hyphen_places.go) and skipped by bodyAfterPlace; an
// unknown one leaves its words free of any mention, and the title's body is
// the name after them.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// unknownBasedLead returns the token after "PLACE-based" at token k of
// sentence si ("Mercer Island-based": up to two capitalised words before
// the hyphenated one, none of them a mention's) when a body's name starts
// there, or k.
func (x *extractor) unknownBasedLead(si, k int) int {
	s := &x.sents[si]
	toks := s.toks
	for i := k; i < len(toks)-1 && i <= k+2; i++ {
		if s.owner[i] >= 0 || !gazetteer.Capitalised(toks[i].Text) {
			return k
		}
		if !strings.HasSuffix(s.lower(i), "-based") {
			continue
		}
		if om := x.mentionAt(si, i+1); om != nil && om.start == i+1 && om.typ == Organization {
			return i + 1
		}
		return k
	}
	return k
}
