package extract

// A kin apposition after a name: "Alessandro Moggi, son of Juve manager
// Luciano Moggi" says who his father is, and the body before the father's
// name is the father's, not his. With no relative named ("Burton Ruby, son
// of the Jaymar-Ruby founder, remains as chairman") the body may be the
// family's firm, and the reading stands.

// kinOfBetween reports whether person mention hm is followed, before body
// mention tm, by a comma and a kin noun with "of" ("X, son of", "X, the
// widow of", "X, a brother of"), and a person is named after tm in the same
// apposition: the body is the relative's.
func (x *extractor) kinOfBetween(s *sentence, hm, tm *mention) bool {
	i := hm.end
	if tm.start <= i || i >= len(s.toks) || s.toks[i].Text != "," {
		return false
	}
	i++
	if i < tm.start {
		switch s.lower(i) {
		case "the", "a", "an":
			i++
		}
	}
	if !(i+1 < tm.start && (kinNouns[s.lower(i)] || partnerNouns[s.lower(i)]) && s.lower(i+1) == "of") {
		return false
	}
	for k := tm.end; k < len(s.toks) && s.toks[k].Text != "," && s.toks[k].Text != "."; k++ {
		if o := s.owner[k]; o >= 0 && x.mentions[o].typ == Person {
			return true
		}
	}
	return false
}
