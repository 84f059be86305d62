// Meetings told over several sentences, the later naming one more who was
// there: "Newsom met tribal leaders in Sacramento. Speaking at the meeting,
// Chairman Jim Smith said ...", "Biden met Kishida on Tuesday. Kishida said
// at the talks that ...". Who speaks at the meeting read before met its
// parties; who speaks after it ("a spokesman said after the meeting") or
// of it did not (only "at", "during" or "in" it).

package extract

// atMeetingEvidence returns the sentence that names b (or a) speaking at
// event ev ("at the meeting") when the other was named in an earlier
// sentence of ev that reads it, at most three sentences before; or -1. The
// event is talks or a summit: not a conference, hearing or ceremony, where
// speakers address an audience.
func (x *extractor) atMeetingEvidence(ev *event, a, b evFact) int {
	if ev.group != groupTalks && ev.group != groupSummit {
		return -1
	}
	if a.sent > b.sent {
		a, b = b, a
	}
	if b.sent == a.sent || b.sent-a.sent > 3 || !x.atTrigger(ev, b.sent) {
		return -1
	}
	for _, tr := range ev.triggers {
		if tr.sent == a.sent && len(x.entityMentionsIn(b.ent, a.sent)) == 0 {
			return b.sent
		}
	}
	return -1
}

// atTrigger reports whether sentence si reads event ev as a definite place
// of speech or presence: "at the meeting", "during the talks", "in
// Tuesday's meeting", "Attending the talks were".
func (x *extractor) atTrigger(ev *event, si int) bool {
	s := &x.sents[si]
	for _, tr := range ev.triggers {
		if tr.sent != si || tr.start < 2 {
			continue
		}
		k := tr.start - 1
		if w := s.lower(k); w != "the" && w != "that" && w != "this" && s.toks[k].Tag != "POS" {
			continue
		}
		if s.toks[k].Tag == "POS" {
			k-- // "in Tuesday's meeting"
		}
		if k >= 1 {
			if w := s.lower(k - 1); w == "at" || w == "during" || w == "in" || w == "attending" {
				return true
			}
		}
	}
	return false
}
