// Gatherings named like bodies. "attended the World Economic Forum",
// "spoke at the Caribbean Travel Marketplace", "hosted the Commonwealth
// Summit": a name of two words or more ending in a gathering's head
// (gatheringHeads: Forum, Summit, Conference, Congress, Marketplace...)
// that the recogniser read as a body's, or as a thing's, is an event when
// someone attends it, speaks or appears at it, or hosts it. Alone, the head
// does not say so ("the Congress Party", "the World Economic Forum said",
// "the Southern Christian Leadership Conference"), so the name is an event
// only where such a verb governs it. Every mention of the name in the
// article then names the event (namedEventPresence gives its attendees).

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// gatheringHeads are the last words, lower case, of the names of
// gatherings that are also the heads of bodies' names.
var gatheringHeads = wordSet("gatheringHeads")

// gatheringNames types as events the names read as a body's or a thing's
// that end in a gathering's head and that a verb of presence or of hosting
// governs (see the file's comment).
func (x *extractor) gatheringNames() {
	var names map[string]bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization && m.typ != Other || m.demonym || m.nominal || m.bend > 0 || m.end-m.start < 2 {
			continue
		}
		s := &x.sents[m.sent]
		if !gatheringHeads[s.lower(m.end-1)] || !gazetteer.Capitalised(s.toks[m.end-1].Text) {
			continue
		}
		if m.end < len(s.toks) && (gazetteer.Capitalised(s.toks[m.end].Text) || s.toks[m.end].Tag == "POS") {
			continue // cut off, or an owner: "the Forum's director"
		}
		if !x.gatheringVerbBefore(m.sent, m.start) {
			continue
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[m.name] = true
	}
	if names == nil {
		return
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if names[m.name] && (m.typ == Organization || m.typ == Other) && !m.demonym && !m.nominal && m.bend == 0 {
			m.typ = Event
			m.sure = true
		}
	}
}

// gatheringVerbBefore reports whether the name from token start of
// sentence si, after "the", is the object of a verb of attending or of
// hosting ("attended the", "hosted the") or follows "at" after a verb of
// presence ("spoke at the", "appeared at the"), adverbs aside.
func (x *extractor) gatheringVerbBefore(si, start int) bool {
	s := &x.sents[si]
	toks := s.toks
	j := start - 1
	if j < 1 || s.lower(j) != "the" {
		return false
	}
	j--
	w := s.lower(j)
	if attendVerbs[w] || hostVerbs[w] {
		return !negated(toks, j)
	}
	if w != "at" || j < 1 {
		return false
	}
	v := j - 1
	for v > 0 && toks[v].Tag == "RB" {
		v--
	}
	return presenceVerbs[s.lower(v)] && !negated(toks, v)
}
