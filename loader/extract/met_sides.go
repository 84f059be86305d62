// Parties a sentence puts on one side or outside a meeting: two who travel
// together for talks ("Yeutter and Lyng will visit Tokyo for discussions"),
// members at their own body's meeting ("during a meeting of the
// parliamentary Labour party"), a body only saying the sentence ("..., the
// White House said."). See emitMet.

package extract

import (
	"slices"
	"strings"
)

// travelTogether reports whether a and b make one visit read in sentence
// si: they travel together, and talks on it are with whom they visit.
func (x *extractor) travelTogether(a, b, si int) bool {
	for _, ev := range x.events {
		if ev.merged != nil || ev.group != groupVisit || !slices.Contains(ev.visitors, a) || !slices.Contains(ev.visitors, b) {
			continue
		}
		for _, tr := range ev.triggers {
			if tr.sent == si {
				return true
			}
		}
	}
	return false
}

// internalBodyHeads end the names of bodies whose meetings are their own
// members': a party, a board, a cabinet, a caucus, a committee.
var internalBodyHeads = map[string]bool{"party": true, "board": true, "cabinet": true, "caucus": true, "committee": true}

// ownBodyMeeting reports whether every mention of an event in sentence si
// is a meeting of a party, a board or a committee ("a meeting of the
// parliamentary Labour party"): the members named there did not meet each
// other by it (a later "before the meeting" adds nothing).
func (x *extractor) ownBodyMeeting(ev *event, si int) bool {
	n := 0
	for _, tr := range ev.triggers {
		if tr.sent != si {
			continue
		}
		n++
		s := &x.sents[tr.sent]
		k := tr.end
		if k >= len(s.toks) || s.lower(k) != "of" {
			return false
		}
		for k++; k < len(s.toks) && (s.toks[k].Tag == "DT" || strings.HasPrefix(s.toks[k].Tag, "JJ")); k++ {
		}
		m := x.mentionAt(tr.sent, k)
		if m == nil || m.start != k || m.ent < 0 || x.ents[m.ent].typ != Organization {
			return false
		}
		f := strings.Fields(x.ents[m.ent].name)
		if !lowerIn(internalBodyHeads, f[len(f)-1]) {
			return false
		}
	}
	return n > 0
}

// saidVerbs end a sentence after its speaker: "..., the White House said."
var saidVerbs = map[string]bool{"said": true, "says": true, "announced": true, "reported": true, "added": true, "stated": true}

// trailingSpeaker reports whether every mention of organisation e in
// sentence si is the speaker of the sentence, after a comma and before its
// last verb of saying: "President Reagan will visit Rome ..., the White
// House said." The body says it; it takes no part.
func (x *extractor) trailingSpeaker(e, si int) bool {
	ms := x.entityMentionsIn(e, si)
	if len(ms) == 0 || x.ents[e].typ != Organization {
		return false
	}
	s := &x.sents[si]
	for _, mi := range ms {
		m := &x.mentions[mi]
		k := m.start - 1
		if k >= 0 && s.toks[k].Tag == "DT" {
			k--
		}
		if k < 0 || s.toks[k].Text != "," || m.end >= len(s.toks) || !saidVerbs[s.lower(m.end)] {
			return false
		}
		if n := m.end + 1; n < len(s.toks) && s.toks[n].Tag != "." && s.toks[n].Text != "''" && s.toks[n].Text != `"` {
			return false
		}
	}
	return true
}

// peopleOf reports whether the word at token i of sentence s is followed by
// "of" and people: "the group of ministers", "the group of U.S. lawmakers".
func peopleOf(s *sentence, i int) bool {
	if i+2 >= len(s.toks) || s.lower(i+1) != "of" {
		return false
	}
	for k := i + 2; k < len(s.toks) && k <= i+4; k++ {
		if w := s.lower(k); peopleNouns[w] || peopleLike(w) && s.toks[k].Tag == "NNS" {
			return true
		}
		if !(strings.HasPrefix(s.toks[k].Tag, "JJ") || s.toks[k].Tag == "NNP" || s.toks[k].Tag == "DT") {
			break
		}
	}
	return false
}

// cataphor returns the person a pronoun at token k of sentence si stands
// for when it is in a phrase opening the sentence, before its first comma,
// and a person is named right after that comma, the clause's subject:
// "Within hours of his final talks with Mr Thorpe, Sir Edward told the
// nation"; or -1.
func (x *extractor) cataphor(si, k int) int {
	s := &x.sents[si]
	if len(s.toks) == 0 || s.toks[0].Tag != "IN" {
		return -1
	}
	c := -1
	for j := 1; j < len(s.toks); j++ {
		if s.toks[j].Text == "," {
			c = j
			break
		}
	}
	if c < 0 || k >= c {
		return -1
	}
	// the phrase names no person of its own before the pronoun
	if personAfter(x, si, 0, k) {
		return -1
	}
	for _, mi := range s.mentions {
		m := &x.mentions[mi]
		if m.start <= c {
			continue
		}
		if m.start <= c+3 && m.ent >= 0 && !m.demonym && x.ents[m.ent].typ == Person && m.end < len(s.toks) && (strings.HasPrefix(s.toks[m.end].Tag, "VB") || s.toks[m.end].Tag == "MD") {
			return m.ent
		}
		break
	}
	return -1
}

// listedInEvidence reports whether parties a and b, read in different
// sentences, are both in one list that a third party meets in the evidence
// sentence si ("held preliminary talks with Pratt Hotel Corp and Southmark
// Corp", Southmark read again later): each met the third, not each other.
func (x *extractor) listedInEvidence(ev *event, a, b evFact, si int) bool {
	if a.sent == b.sent {
		return false // separateObjects has read it
	}
	return x.separateObjects(ev, evFact{a.ent, si}, evFact{b.ent, si})
}
