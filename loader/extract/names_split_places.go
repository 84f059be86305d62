package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// joinSplitPlace joins a one-word name the recogniser read right before a
// body's name when that word and the body's first word make a known
// place of two words: "[New] [York Federal Reserve Bank]" is one body,
// "New York Federal Reserve Bank", not a place "New" and a body "York
// Federal Reserve Bank". The recogniser cuts so most at a sentence's
// opening, where every word is capitalised.
func joinSplitPlace(toks []nlp.Token, ms []ner.Mention) []ner.Mention {
	out := ms[:0:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) {
			n := ms[i+1]
			if m.End-m.Start == 1 && n.Start == m.End && n.Label == ner.Organization && n.End-n.Start >= 2 {
				if _, ok := gazetteer.Place(toks[m.Start].Text + " " + toks[n.Start].Text); ok {
					n.Start = m.Start
					out = append(out, n)
					i++
					continue
				}
			}
		}
		out = append(out, m)
	}
	return out
}
