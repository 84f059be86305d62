// Two chambers of a legislature named together, "both the House and
// Senate", "the Senate and House": the recogniser reads one name, "House
// and Senate", which no body has; each chamber is a body of its own.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// splitChamberPairs splits each name that is two different chambers'
// words joined by "and" (chamberWords, names_party_places.go) into the two
// chambers' names, unless a longer name of the article holds it ("House
// and Senate Agriculture Committees") or a noun or an adjective follows it
// ("House and Senate budgets").
func (x *extractor) splitChamberPairs() {
	var cuts []andCut
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.end-m.start != 3 || m.bstart != m.bend || m.typ == Person {
			continue
		}
		s := &x.sents[m.sent]
		a, b := s.lower(m.start), s.lower(m.start+2)
		if s.lower(m.start+1) != "and" || a == b || !chamberWords[a] || !chamberWords[b] || a == "congressional" || b == "congressional" {
			continue
		}
		if !gazetteer.Capitalised(s.toks[m.start].Text) || !gazetteer.Capitalised(s.toks[m.start+2].Text) || x.insideLongerName(m.name) {
			continue
		}
		if m.end < len(s.toks) && (strings.HasPrefix(s.toks[m.end].Tag, "NN") || strings.HasPrefix(s.toks[m.end].Tag, "JJ")) {
			continue // "House and Senate budgets", "the House and Senate foreign policy committees": the chambers' organs or things, not the chambers
		}
		m.typ = Organization
		cuts = append(cuts, andCut{k, m.start + 1})
	}
	x.splitAtAnd(cuts)
}
