package extract

// A title's body after "from": "said Mary Smith, a chief inspector from the
// Thames Valley Police", "Jones, a researcher from the University of
// Surrey,". Only a body: "a student from Leeds", "a striker from Brazil"
// say where one comes from, not who employs one.

// titleFromBody reports whether token j of sentence si is a "from" after
// a title's head (headAt, -1 when none yet) that opens an organisation's
// name, right after it or after "the".
func (x *extractor) titleFromBody(si, j, headAt int) bool {
	s := &x.sents[si]
	if headAt < 0 || s.lower(j) != "from" {
		return false
	}
	k := j + 1
	if k < len(s.toks) && s.lower(k) == "the" {
		k++
	}
	if k >= len(s.toks) || s.owner[k] < 0 {
		return false
	}
	m := &x.mentions[s.owner[k]]
	return m.start == k && m.typ == Organization && m.ent >= 0 && x.ents[m.ent].typ == Organization
}
