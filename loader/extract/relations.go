package extract

import (
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// relations reads verb relations between two names: "NAME VERB NAME" with
// the verb from a short list (relationVerbs) and nothing but adverbs
// between, e.g. "Putin criticised NATO" → criticised.
func (x *extractor) relations() {
	for si := range x.sents {
		s := &x.sents[si]
		toks := s.toks
		for n := 0; n+1 < len(s.mentions); n++ {
			a := &x.mentions[s.mentions[n]]
			b := &x.mentions[s.mentions[n+1]]
			if a.ent < 0 || b.ent < 0 || a.demonym || b.demonym || a.ent == b.ent {
				continue
			}
			ta, tb := x.ents[a.ent].typ, x.ents[b.ent].typ
			if ta == Other || tb == Other || ta == Event || tb == Event || ta != Person && ta != Organization && ta != Country {
				continue
			}
			// the subject must not be inside a prepositional phrase or a
			// possessive / title modifier
			if a.start > 0 && (toks[a.start-1].Tag == "IN" || toks[a.start-1].Tag == "TO") {
				continue
			}
			verb := ""
			ok := true
			for k := a.end; k < b.start; k++ {
				t := toks[k]
				lw := lower(t.Text)
				switch {
				case t.Tag == "RB":
				case verb == "" && relationVerbs[lw] != "" && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP"):
					verb = relationVerbs[lw]
				case verb != "" && lw == "the":
				default:
					ok = false
				}
			}
			if !ok || verb == "" {
				continue
			}
			// "X visited Y" with Y a place is a visit, kept as a relation.
			if p, ok := vocab.FactPredicateOf(verb); ok {
				x.addFact(a.ent, p, b.ent, "", si)
			}
		}
	}
}
