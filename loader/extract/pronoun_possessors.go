package extract

// A person named in the possessive owns a thing and is seldom the one a
// later "he" or "she" of the sentence is: in "Lib Dem leader Charles Kennedy
// is expected to attack Mr Blair's words as he begins a nationwide tour",
// Kennedy begins the tour (blind seed112's event label "visit: Blair").

// subjectOverPossessor returns the person the nearest earlier mention of
// the sentence (of before, in order) names, not in the possessive itself,
// when mention m, the last person before the pronoun, is a possessor ("Mr
// Blair's words"); else -1. The nearest: "Lib Dem leader Charles Kennedy"
// is Kennedy, not the party member "Lib Dem".
func (x *extractor) subjectOverPossessor(si int, before []int, m *mention) int {
	toks := x.sents[si].toks
	if m.end >= len(toks) || toks[m.end].Tag != "POS" {
		return -1
	}
	for n := len(before) - 1; n >= 0; n-- {
		m2 := &x.mentions[before[n]]
		if m2.ent < 0 || x.ents[m2.ent].typ != Person || m2.ent == m.ent || m2.demonym || m2.nominal {
			continue
		}
		if m2.end < len(toks) && toks[m2.end].Tag == "POS" {
			continue
		}
		return m2.ent
	}
	return -1
}
