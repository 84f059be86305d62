// Handshakes: "Davis shook hands with Pintard at the ceremony", "Biden and
// Xi shook hands in Bali". Two people who shake hands are face to face: the
// handshake is a meeting of the two, with the place and date told after it.

package extract

// shakeVerbs are the finite forms of shaking hands: a handshake told as
// done ("shook hands"), not one to come or refused ("to shake hands",
// "refused to shake hands", "did not shake hands").
var shakeVerbs = map[string]bool{"shook": true, "shakes": true, "shake": true}

// handshakeEvents reads in sentence si "X shook hands with Y" and "X and Y
// shook hands": a meeting of the people named, all of them people.
func (x *extractor) handshakeEvents(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		if t := toks[i].Tag; t != "VBD" && t != "VBZ" && t != "VBP" || !shakeVerbs[s.lower(i)] || s.lower(i+1) != "hands" || !x.assertedVerb(si, i) {
			continue
		}
		subj := x.subjectBefore(si, i)
		if len(subj) == 0 {
			continue
		}
		for _, e := range subj {
			if x.ents[e].typ != Person {
				subj = nil
				break
			}
		}
		end := i + 2
		var guests []int
		if end+1 < len(toks) && s.lower(end) == "with" {
			guests, end = x.spentGuests(si, end+1, subj)
		}
		// one who shakes hands with no one named ("he shook hands with
		// supporters"), or alone: no pair
		if len(subj) == 0 || len(subj)+len(guests) < 2 {
			continue
		}
		x.addCompanyEvent(groupTalks, "meeting", si, i, end, subj, guests) // events_spent_with.go
	}
}
