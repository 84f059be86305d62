// A description in apposition may end in the name of what the title is of:
// "Tom Grant, the mayor of Fairview, and Ann Boyd, the city manager, met"
// lists two people, the first described as "the mayor of Fairview". The
// list readers (describedBefore, met_possessed_people.go) pass over such a
// description as over "the Premier".

package extract

// titleOfNameBefore returns the title head of "the TITLE of NAME" ending
// at the comma at token j of sentence si ("the mayor of Fairview,", "the
// chief executive of Acme Corp,"), where NAME is a place, a country or a
// body, or -1.
func (x *extractor) titleOfNameBefore(si, j int) int {
	s := &x.sents[si]
	toks := s.toks
	m := x.mentionAt(si, j-1)
	if m == nil || m.end != j || m.ent < 0 || m.start < 3 || s.lower(m.start-1) != "of" {
		return -1
	}
	if t := x.ents[m.ent].typ; t != Organization && !isPlace(t) {
		return -1
	}
	h := m.start - 2
	if s.owner[h] >= 0 || !isTitleHead(toks[h].Text) {
		return -1
	}
	return h
}
