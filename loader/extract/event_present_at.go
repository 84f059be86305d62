// Who was at an event, told around the event's own phrase: "In attendance
// at the ceremony were Governor John Rankin and Premier Natalio Wheatley",
// "Guests at the fundraiser included actor Tom Hanks", "Participants in the
// roundtable included ..." (the people after the verb), and "Minister X and
// Minister Y were among those who attended the fundraiser", "Mayor Z was
// also in attendance at the meeting" (the subject). Only the people the
// phrase lists, no one named elsewhere in the sentence.

package extract

// presentAtHeads are the openings of a sentence, in lower case, that name
// who was at the event of the phrase after them, before "were" or
// "included": "in attendance at", "guests at", "participants in", "those at".
var presentAtHeads = [][]string{
	{"in", "attendance"}, {"also", "in", "attendance"}, {"among", "those", "in", "attendance"},
	{"attendees"}, {"among", "the", "attendees"}, {"guests"}, {"among", "the", "guests"},
	{"participants"}, {"among", "the", "participants"}, {"speakers"}, {"among", "the", "speakers"},
	{"those", "present"}, {"also", "present"}, {"those"}, {"among", "those"},
}

// presentAtTails are the words, in lower case, between a subject's verb
// "be" and the event's phrase that put the subject at the event: "was also
// in attendance at", "were among those who attended", "was among the
// guests at".
var presentAtTails = [][]string{
	{"in", "attendance", "at"}, {"also", "in", "attendance", "at"},
	{"among", "those", "who", "attended"}, {"also", "among", "those", "who", "attended"},
	{"among", "those", "attending"}, {"among", "the", "guests", "at"}, {"among", "the", "attendees", "at"},
	{"among", "the", "participants", "in"}, {"among", "the", "participants", "at"}, {"among", "the", "speakers", "at"},
}

// presentAtAttendees adds the people that a phrase of presence around a
// noun event of sentence si lists (x.events[first:] were read there).
func (x *extractor) presentAtAttendees(si, first int) {
	s := &x.sents[si]
	toks := s.toks
	for _, ev := range x.events[first:] {
		if ev.verb || ev.foreign || len(ev.triggers) == 0 || ev.triggers[0].sent != si {
			continue
		}
		tr := ev.triggers[0]
		start := x.npStart(si, tr.start)
		if start < 1 {
			continue
		}
		// "In attendance at the ceremony were ...": the list after the verb
		if p := s.lower(start - 1); (p == "at" || p == "in" || p == "of") && wordsAt(s, 0, start-1, presentAtHeads) {
			if v := listVerbAfter(s, tr.end); v > 0 {
				names, _ := x.nameList(si, v+1, false)
				x.addPeople(ev, si, names)
			}
			continue
		}
		// "X and Y were among those who attended the fundraiser": the subject
		for _, t := range presentAtTails {
			b := start - len(t) - 1
			if b < 1 || !beVerbs[s.lower(b)] || negated(toks, b) || !wordsAt(s, b+1, start, [][]string{t}) {
				continue
			}
			x.addPeople(ev, si, x.onlyPeople(x.subjectBefore(si, b)))
			break
		}
	}
}

// wordsAt reports whether the tokens [from, to) of sentence s, in lower
// case, are one of the word sequences ws.
func wordsAt(s *sentence, from, to int, ws [][]string) bool {
next:
	for _, w := range ws {
		if len(w) != to-from {
			continue
		}
		for k, word := range w {
			if s.lower(from+k) != word {
				continue next
			}
		}
		return true
	}
	return false
}

// listVerbAfter returns the verb that opens the list of who was present
// ("were", "included", "include") at most five tokens after token end, the
// end of the event's phrase ("at the fundraiser on Saturday included"),
// or -1; a comma or another verb on the way gives -1.
func listVerbAfter(s *sentence, end int) int {
	for k := end; k < len(s.toks) && k <= end+5; k++ {
		switch s.lower(k) {
		case "were", "included", "include", "includes":
			return k
		case ",", ";", ":":
			return -1
		}
		if isVerbTag(s.toks[k].Tag) {
			return -1
		}
	}
	return -1
}
