// Gatherings of local and political news: where they are held (a place
// or a building named as one) and when a legislature's "sitting" is one.

package extract

// venue reports whether mention m names where an event is held: a place
// ("in Road Town"), or a building named as one ("at City Hall", "at the
// Crenshaw Library", "at the Teatro Nacional").
func (x *extractor) venue(m *mention) bool {
	if m.ent < 0 || m.demonym {
		return false
	}
	t := x.ents[m.ent].typ
	return isPlace(t) || t == Organization && eventVenue(m.text)
}

// sittingNoun reports whether "sitting" at token i, tagged a verb, is a
// legislature's sitting: after a determiner ("the sitting", "Thursday's
// sitting") or a body's name that a determiner opens ("The House of
// Assembly sitting on Thursday"), and not "sitting down" or "sitting in".
func (x *extractor) sittingNoun(si, i int) bool {
	s := &x.sents[si]
	if i == 0 || i+1 < len(s.toks) && (s.lower(i+1) == "down" || s.lower(i+1) == "in" || s.lower(i+1) == "at") {
		return false
	}
	if t := s.toks[i-1].Tag; t == "DT" || t == "PRP$" || t == "POS" || t == "JJ" {
		return true
	}
	m := x.mentionAt(si, i-1)
	return m != nil && m.end == i && m.ent >= 0 && x.ents[m.ent].typ == Organization && m.start > 0 && s.toks[m.start-1].Tag == "DT"
}
