// A quotation's speaker named by a title alone (quote_speakers.go): in
// "“I will have a call with the minister tomorrow,” the governor added"
// or "The governor also indicated that ..." before a paragraph of
// quotation, "the governor" is the one person the story gives that title,
// however far back it named him.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// titledReporter returns the person "the TITLE" right before the verb at
// token v of sentence si (past adverbs: "the governor also indicated")
// stands for, or -1.
func (x *extractor) titledReporter(si, v int) int {
	s := &x.sents[si]
	p := v - 1
	for p >= 0 && s.toks[p].Tag == "RB" {
		p--
	}
	if p < 1 || s.owner[p] >= 0 || !isTitleHead(s.toks[p].Text) {
		return -1
	}
	q := p - 1
	for q >= 0 && s.owner[q] < 0 && (isTitleHead(s.toks[q].Text) || lowerIn(titleModifiers, s.toks[q].Text) || s.toks[q].Tag == "JJ") {
		q--
	}
	if q < 0 || s.lower(q) != "the" || inPhrase(s.toks, q) {
		return -1
	}
	return x.titledSpeaker(si, q, lower(s.toks[p].Text))
}

// titledSpeaker returns the person "the HEAD" at token p of sentence si
// stands for: the last one named in this sentence or the two before whose
// job title ends in head, else the one person of the article named before
// with such a title; -1 when none is or several are.
func (x *extractor) titledSpeaker(si, p int, head string) int {
	holds := func(e int) bool {
		for k := range x.facts {
			if k.s == e && k.p == vocab.PJobTitle {
				if lt := lower(k.lit); lt == head || strings.HasSuffix(lt, " "+head) {
					return true
				}
			}
		}
		return false
	}
	found := -1
	x.eachPersonBefore(si, p, func(e int) bool {
		if holds(e) {
			found = e
			return false
		}
		return true
	})
	if found >= 0 {
		return found
	}
	for n := range x.mentions {
		m := &x.mentions[n]
		if m.sent > si || m.sent == si && m.start >= p || m.ent < 0 || m.nominal || x.ents[m.ent].typ != Person || m.ent == found || !holds(m.ent) {
			continue
		}
		if found >= 0 {
			return -1 // two governors
		}
		found = m.ent
	}
	return found
}
