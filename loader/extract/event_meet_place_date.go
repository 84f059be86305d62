// The place of a meeting said after the people met and its day: "met with
// Senator Kamina Johnson Smith on Tuesday in Kingston", "received the
// ambassador on Friday at Government House". readMeetVerb looks for "in" or
// "at" only in the first words after the verb; a long name and a date push
// the place past them.

package extract

// meetPlacePastDate sets ev's location from "on DATE in|at PLACE" at token
// end of sentence si (the token after the people met): the date must come
// first, so "met Smith in his office" and "met Smith at the bank" are left
// to the short scan, and the place must be a place's name, not a body's.
func (x *extractor) meetPlacePastDate(si, end int, ev *event) {
	s := &x.sents[si]
	toks := s.toks
	if end < 0 || end >= len(toks) {
		return
	}
	// "President Xi Jinping of China on Monday": past the person's country
	if lowerIs(toks[end].Text, "of") {
		if om := x.mentionAt(si, end+1); om != nil && om.start == end+1 && om.ent >= 0 && x.ents[om.ent].typ != Person {
			end = om.end
		}
	}
	if end >= len(toks) {
		return
	}
	d := dateAt(s.dates, end)
	if d == nil || d.End <= end || d.Start-end > 1 {
		return
	}
	k := d.End
	if k+1 >= len(toks) {
		return
	}
	w := lower(toks[k].Text)
	if w != "in" && w != "at" {
		return
	}
	n := k + 1
	if w == "at" && n < len(toks) && lowerIs(toks[n].Text, "the") {
		n++
	}
	pm := x.mentionAt(si, n)
	if pm == nil || pm.start != n || pm.ent < 0 || pm.demonym || !isPlace(x.ents[pm.ent].typ) {
		return
	}
	ev.location = &evFact{pm.ent, si}
}
