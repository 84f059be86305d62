// A body's name that opens a sentence with its head and "of" ("Confederation
// of British Industry (CBI) President David Nickson said"): the recogniser,
// which capitalises every sentence's first word anyway, reads the name only
// from after "of" ("British Industry"). The head and "of" are the name's.

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// bodiesHeadOpening makes one body's name of an organisation mention that
// starts after a body's head (one that opens bodies' names: gazetteer
// IsOrgHead) and "of" that no mention holds, where the head opens the
// sentence or follows a closing quotation mark ("\"...,\" Confederation of
// Portuguese Industry (CIP) president ... said").
func (x *extractor) bodiesHeadOpening() {
	var spans []tokenSpan
	var drop []bool
	for k := range x.mentions {
		m := &x.mentions[k]
		s := &x.sents[m.sent]
		h := m.start - 2
		if m.typ != Organization || h < 0 || h > 0 && !closingQuote(s.toks[h-1].Text) || m.bend != 0 || s.row || s.owner[h] >= 0 || s.owner[h+1] >= 0 {
			continue
		}
		if s.lower(h+1) != "of" || !gazetteer.Capitalised(s.toks[h].Text) || !gazetteer.IsOrgHead(s.toks[h].Text) {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(x.mentions))
		}
		drop[k] = true
		spans = append(spans, tokenSpan{m.sent, h, m.end})
	}
	if drop == nil {
		return
	}
	x.replaceMentions(drop, spans, Organization)
}
