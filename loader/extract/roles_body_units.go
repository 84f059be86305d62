package extract

// unitAfterPossessive returns the mention of a body's unit named right after the
// body's possessive, at token k of sentence si, when the body (mention
// body) is an organisation and the unit's name is an organisation's that
// ends the phrase: "a professor at Yale University's School of Medicine,",
// "a researcher at MIT's Computer Science and Artificial Intelligence
// Laboratory." Otherwise -1: "president of RMJ's competitor" (no name), "a
// fellow at Harvard's Smith" (a person).
func (x *extractor) unitAfterPossessive(si, body, k int) int {
	s := &x.sents[si]
	toks := s.toks
	if x.mentions[body].typ != Organization {
		return -1
	}
	um := x.mentionAt(si, k)
	if um == nil || um.start != k || um.typ != Organization || um.ent < 0 || um.ent == x.mentions[body].ent {
		return -1
	}
	if um.end < len(toks) && !closes(toks[um.end]) && !dateCloses(toks, um.end) {
		return -1
	}
	return s.owner[k]
}
