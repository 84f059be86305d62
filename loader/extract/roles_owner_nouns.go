package extract

// A title after a name whose body is a noun's possessive that stands for a
// body the story named ("Shares of Acme Corp rose ... said John Smith, the
// company's chief executive"): definiteBodies made the noun a mention of
// that body, and the apposition reads it as the title's leading affiliation.

// nominalOwner reports whether token j of sentence si opens a nominal mention
// of an organisation followed by a possessive: "company's" in "the company's
// chief executive" when the story named the company before.
func (x *extractor) nominalOwner(si, j int) bool {
	s := &x.sents[si]
	if j+1 >= len(s.toks) || s.owner[j] < 0 || s.toks[j+1].Tag != "POS" {
		return false
	}
	m := &x.mentions[s.owner[j]]
	return m.nominal && m.start == j && m.end == j+1 && m.typ == Organization
}

// appositionAfterName reports whether the "the" at token i of sentence si
// opens an apposition to a person's name just before its comma ("Sherine
// Abed, the doctor working at the hospital,"): a description of that
// person, not of another named before.
func (x *extractor) appositionAfterName(si, i int) bool {
	if i < 2 || x.sents[si].toks[i-1].Text != "," {
		return false
	}
	m := x.mentionAt(si, i-2)
	return m != nil && m.end == i-1 && m.ent >= 0 && x.ents[m.ent].typ == Person
}
