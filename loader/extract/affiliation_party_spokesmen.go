package extract

// A party's spokesman "for" a department ("Dr Julian Lewis, the
// Conservative spokesman for the Cabinet Office") speaks on its matters for
// his party: he does not work for the department (affiliation-seed126 row
// 42, judged blind).

import "strings"

// partySpokesmanFor reports whether body mention k follows "for" (and
// "the") after a spokesman's word that a political party's name comes
// right before: "the Conservative spokesman for the Cabinet Office".
func (x *extractor) partySpokesmanFor(k int) bool {
	m := &x.mentions[k]
	s := &x.sents[m.sent]
	p := m.start - 1
	if p >= 0 && s.lower(p) == "the" {
		p--
	}
	if p < 2 || s.lower(p) != "for" || !strings.HasPrefix(s.lower(p-1), "spokes") {
		return false
	}
	o := s.owner[p-2]
	if o < 0 || x.mentions[o].ent < 0 {
		return false
	}
	_, party := partyOf(x.ents[x.mentions[o].ent].name)
	return party
}
