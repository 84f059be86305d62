package extract

// formerBodyOnly reports whether body a is, at every mention by name in its
// sentence, the former employer of the person a post names ("A former TRW
// Inc controller told a Congressional hearing that the company had acted
// unethically", "an ex-IBM engineer met ..."): the one who left it takes part,
// not the body (event-seed145 row 41). A mention by a common noun ("the
// company") is no party's either way.
func (x *extractor) formerBodyOnly(a evFact) bool {
	if x.ents[a.ent].typ != Organization {
		return false
	}
	return x.atEveryNamedMention(a, func(s *sentence, m *mention) bool {
		k, n := m.start-1, m.end
		if k < 0 || s.lower(k) != "former" && s.lower(k) != "ex" && s.lower(k) != "ex-" {
			return false
		}
		// the post after the name: a lower-case noun in no name
		return n < len(s.toks) && s.owner[n] < 0 && isNounTag(s.toks[n].Tag) && isLowerWord(s.toks[n].Text)
	})
}
