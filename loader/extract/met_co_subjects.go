// Two subjects of one clause who meet a third: "Baker and Volcker gave
// these views at closed-door talks yesterday with Speaker Jim Wright",
// "Funaro and Gros are today meeting Lawson, Howe and Leigh-Pemberton".
// They are one side of the meeting: each met the third, not each other
// (see emitMet). Without a third party named after the verb they met each
// other: "Balladur, Madelin and Longuet met for more than an hour".

package extract

import "strings"

// placePrepositions before a name say where something is, not whom it meets:
// "met as students at Dundee University".
var placePrepositions = map[string]bool{"at": true, "in": true, "from": true, "of": true, "near": true}

// coSubjects reports whether parties a and b of ev, read in one sentence,
// are both subjects of the verb after them while another party of the
// event is named after that verb.
func (x *extractor) coSubjects(people []evFact, a, b evFact) bool {
	if a.sent != b.sent {
		return false
	}
	si := a.sent
	ma, mb := x.entityMentionsIn(a.ent, si), x.entityMentionsIn(b.ent, si)
	if len(ma) == 0 || len(mb) == 0 {
		return false
	}
	s := &x.sents[si]
	toks := s.toks
	last := max(x.mentions[ma[0]].end, x.mentions[mb[0]].end)
	v := last
	for v < len(toks) && (toks[v].Tag == "RB" || toks[v].Tag == "MD" || relativeDay(toks[v].Text)) {
		v++
	}
	if v >= len(toks) || !strings.HasPrefix(toks[v].Tag, "VB") {
		return false
	}
	subj := x.subjectBefore(si, v)
	hasA, hasB := false, false
	for _, e := range subj {
		hasA = hasA || e == a.ent
		hasB = hasB || e == b.ent
	}
	if !hasA || !hasB {
		return false
	}
	// "PaineWebber and Ammeen met with Edelman": a body and a person
	// named as one subject are one side (a firm and its banker), whether
	// or not the other side is read
	if partyTypes(x.ents[a.ent].typ, x.ents[b.ent].typ) {
		return true
	}
	for _, c := range people {
		if c.ent == a.ent || c.ent == b.ent || c.sent != si {
			continue
		}
		for _, k := range x.entityMentionsIn(c.ent, si) {
			m := &x.mentions[k]
			if m.start <= v {
				continue
			}
			if l := x.titleLeft(si, m.start, m.typ); l > 0 && placePrepositions[s.lower(l-1)] {
				continue
			}
			return true
		}
	}
	return false
}
