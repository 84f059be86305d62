package extract

// Where a person works, told by a "-based" word before the title in front
// of the name (issue 15): "Pakistan-based developer Ammar Askar",
// "London-based analyst John Smith". The place is the person's home as
// "Bill Powers, a San Diego engineer" gives it (roles.go).

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// basedPerson records the home of the person of mention m (a person's
// name of two words or more) of sentence si when "PLACE-based", then one to three lower-case
// title words ending with a title's head or a trade, stand right before the
// name.
func (x *extractor) basedPerson(si int, m *mention) {
	s := &x.sents[si]
	toks := s.toks
	// a person named in full: one word ("software developer Connectotel")
	// or a name joined to another ("dealer Gill and Duffus") may be a firm
	if m.start < 2 || m.ent < 0 || m.end-m.start < 2 || m.end < len(toks) && (s.lower(m.end) == "and" || toks[m.end].Text == "&") {
		return
	}
	head := toks[m.start-1]
	if gazetteer.Capitalised(head.Text) || !(isTitleHead(head.Text) || occupation(head)) {
		return
	}
	for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
		if !strings.HasSuffix(s.lower(k), "-based") {
			if s.owner[k] >= 0 || gazetteer.Capitalised(toks[k].Text) || !(strings.HasPrefix(toks[k].Tag, "NN") || strings.HasPrefix(toks[k].Tag, "JJ")) {
				return
			}
			continue
		}
		if p := x.hyphenPlaceEnt(si, k); p >= 0 && k < m.start-1 {
			x.addFact(m.ent, vocab.PHomeLocation, p, "", si)
		}
		return
	}
}
