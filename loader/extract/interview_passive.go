// Interviews told in the passive: "Senators John Smith and Jane Doe were
// interviewed by Lester Holt on Sunday", "Smith was interviewed by CNN's
// Jake Tapper": the people interviewed and the interviewer attend one
// interview.

package extract

// passiveInterviews reads the passive interviews of sentence si.
func (x *extractor) passiveInterviews(si int) {
	s := &x.sents[si]
	toks := s.toks
	for v := 1; v+2 < len(toks); v++ {
		if s.lower(v) != "interviewed" || toks[v].Tag != "VBN" || s.lower(v+1) != "by" || !beVerbs[s.lower(v-1)] || negated(toks, v-1) {
			continue
		}
		host, end := x.journalistAt(si, v+2)
		if host < 0 {
			continue
		}
		var guests []int
		for _, e := range x.subjectBefore(si, v-1) {
			if e >= 0 && e != host && x.ents[e].typ == Person {
				guests = append(guests, e)
			}
		}
		if len(guests) == 0 {
			continue
		}
		ev := &event{group: groupTalks, dateSent: -1, entity: -1, word: "interview", verb: true, own: true}
		ev.triggers = append(ev.triggers, trigger{si, v, v + 1})
		ev.addAttendee(host, si)
		for _, g := range guests {
			ev.addAttendee(g, si)
		}
		x.placeDateAfter(si, end, ev)
		x.events = append(x.events, ev)
	}
}
