package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// bodyEventHeads are event nouns that, as the last word of a capitalised
// name, name a body rather than a meeting of one: "the London Assembly",
// "the Northern Ireland Assembly", "the Constituent Assembly" are
// legislatures, whose members sit in them (a lower-case "an assembly of
// the party" stays an event). The recogniser's reading of such a name is
// kept (recognise.go), so the event rules do not make it a named event.
var bodyEventHeads = map[string]bool{"assembly": true}

// assemblyBodies joins a place's or body's name to a capitalised
// bodyEventHeads word right after it, as one organisation: "two London
// Assembly members", where the recogniser named London alone and the
// event rules would read "London Assembly" as a meeting held in London.
func (x *extractor) assemblyBodies() {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.bend > 0 || m.typ == Person || m.typ == Event {
			continue
		}
		s := &x.sents[m.sent]
		end := m.end
		if end >= len(s.toks) || s.owner[end] >= 0 || !bodyEventHeads[s.lower(end)] || !gazetteer.Capitalised(s.toks[end].Text) {
			continue
		}
		x.respan(k, m.start, end+1, Organization)
		m.sure = true
	}
}
