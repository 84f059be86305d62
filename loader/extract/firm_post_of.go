package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// A post's holder works for a body, not a person: "Ronald Walcott,
// managing director of Precision Cybertechnologies", "a director at Brisk
// Logistics". A name the recogniser read as a person's right after a
// lower-case title head and "of" or "at" is a workplace unless its first
// word is a given name ("the successor of John Major", "an aide of Nancy
// Reagan" name people) or it may be a town: a place the gazetteer knows,
// or a name followed by a comma and a capitalised word, as a town is by its
// state ("president of Palo Alto, Calif.-based Adobe", "mayor of Ashby,
// Mass.").

// postOf reports whether token p of sentence s, right before the "of" or
// "at" that precedes mention m, is a lower-case title head, m's first
// word is no given name and m may not be a town.
func (x *extractor) postOf(s *sentence, p int, m *mention) bool {
	t := s.toks[p].Text
	if !isLowerWord(t) || !isTitleHead(t) || lowerIn(givenNames, firstField(m.name)) {
		return false
	}
	if e := m.end; e+1 < len(s.toks) && s.toks[e].Text == "," && gazetteer.Capitalised(s.toks[e+1].Text) {
		return false
	}
	_, place := gazetteer.Place(m.name)
	return !place
}
