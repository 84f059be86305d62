package extract

// memberApposition reads ", [a|an|the] PLACE MEMBER" after a name ending at
// token end, MEMBER the mention of a party by its member noun
// (names_party_members.go): "Senator Mark Warner, a Virginia Democrat,"
// belongs to the Democratic Party. The state he serves is no employer: only
// the party is read.
func (x *extractor) memberApposition(si, end int) (role, bool) {
	s := &x.sents[si]
	r := role{affil: -1}
	if end+3 >= len(s.toks) || s.toks[end].Text != "," {
		return r, false
	}
	p, ok := x.stateMember(si, end+1)
	if !ok || s.owner[p] < 0 {
		return r, false
	}
	om := &x.mentions[s.owner[p]]
	if om.typ != Organization || om.start != p {
		return r, false
	}
	r.affil = s.owner[p]
	return r, true
}
