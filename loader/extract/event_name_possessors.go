// A named event whose name opens with a capitalised plural possessive keeps
// it: "the Theatregoers' Choice Awards" (not "Choice Awards"), "the
// Critics' Circle Theatre Awards" (not "Circle Theatre Awards").

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// pluralPossessorBefore returns the token where mention m's name starts when
// a capitalised word ending in "s" and an apostrophe (one token or two),
// owned by no other mention, stand right before it; else m.start.
func (x *extractor) pluralPossessorBefore(m *mention) int {
	s := &x.sents[m.sent]
	if q := m.start - 1; q >= 0 && s.owner[q] < 0 {
		if w := s.toks[q].Text; len(w) > 3 && w[len(w)-2:] == "s'" && gazetteer.Capitalised(w) {
			return q // one token: "Theatregoers'"
		}
	}
	p := m.start - 2
	if p < 0 || s.toks[p+1].Text != "'" || s.owner[p] >= 0 || s.owner[p+1] >= 0 {
		return m.start
	}
	w := s.toks[p].Text
	if len(w) < 3 || w[len(w)-1] != 's' || !gazetteer.Capitalised(w) {
		return m.start
	}
	return p
}
