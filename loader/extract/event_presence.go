// Attendance told through a noun of presence: "Bloomberg's presence in
// the Las Vegas debate", "her appearance at the hearing", "the
// participation of Governor X in the summit": the possessor attends.

package extract

// presenceNouns, possessed by a person, put that person at the event the
// phrase after them names.
var presenceNouns = map[string]bool{"presence": true, "appearance": true, "appearances": true, "participation": true,
	"debut": true, "attendance": true, "performance": true, "turn": true}

// presenceAttendees adds the person whose presence noun governs the
// prepositional phrase of each noun event of sentence si
// (x.events[first:] were read there).
func (x *extractor) presenceAttendees(si, first int) {
	s := &x.sents[si]
	toks := s.toks
	for _, ev := range x.events[first:] {
		if ev.verb || ev.foreign || len(ev.triggers) == 0 || ev.triggers[0].sent != si {
			continue
		}
		start := x.npStart(si, ev.triggers[0].start)
		if start < 3 {
			continue
		}
		if w := s.lower(start - 1); w != "in" && w != "at" && w != "on" {
			continue
		}
		n := start - 2
		if !presenceNouns[s.lower(n)] {
			continue
		}
		// "X's presence in": the possessor before the noun
		if toks[n-1].Tag == "POS" {
			if m := x.mentionAt(si, n-2); m != nil && m.end == n-1 && m.ent >= 0 && x.ents[m.ent].typ == Person {
				ev.addAttendee(m.ent, si)
				ev.own = true
			}
		}
	}
}
