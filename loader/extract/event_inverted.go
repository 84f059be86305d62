// Who was at a meeting, told with the verb after the place: "Also at the
// meeting were Councilwoman Maria Lopez and Police Chief Tom Harris",
// "Attending the talks were X and Y", "Present at the meeting was X",
// "Taking part in the talks were X and Y".

package extract

// invertedOpeners may open the sentence before "at the meeting were".
var invertedOpeners = map[string]bool{"also": true, "present": true, "among": true, "those": true, "joining": true,
	"taking": true, "part": true, "participating": true}

// partWords close the opener before "in the talks were": "Taking part in
// the talks were X", "Participating in the meeting were X".
var partWords = map[string]bool{"part": true, "participating": true}

// invertedAttendees adds the people named after "was" or "were" right after
// the event noun at token head (its phrase from token start) when the
// sentence opens with the phrase: "Also at the meeting were X and Y",
// "Attending the talks were X".
func (x *extractor) invertedAttendees(si, start, head int, ev *event) {
	s := &x.sents[si]
	if start < 1 || head+2 >= len(s.toks) || start > 4 {
		return
	}
	if w := s.lower(head + 1); w != "were" && w != "was" {
		return
	}
	p := s.lower(start - 1)
	if p == "in" && (start < 2 || !partWords[s.lower(start-2)]) || p != "in" && p != "at" && p != "attending" && p != "during" {
		return
	}
	for k := 0; k < start-1; k++ {
		if !invertedOpeners[s.lower(k)] {
			return
		}
	}
	ents, _ := x.nameList(si, head+2, false)
	for _, e := range ents {
		if x.ents[e].typ == Person {
			ev.addAttendee(e, si)
			ev.own = true
		}
	}
}
