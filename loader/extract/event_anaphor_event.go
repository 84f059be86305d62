// "The event" told at a gathering named just before is that gathering:
// "Governor Ron Lane and Senator Ann Cole appeared together at a campaign
// event in Tampa. Joining them at the event were ...", "Mayor Jo Park held
// a press conference on Monday. Also at the event was ...". The noun is
// read as an event only after "at", in a story that is not about sport,
// when an event with participants of its own was read in that sentence or
// the three before; it takes that event's group and word, so the merge of
// definite mentions joins the two.

package extract

// eventAnaphor returns the event that "the event" at token i of sentence
// si stands for (its root), or nil: "at the event" with an event with
// participants of its own read in the sentence or the three before, the
// latest.
func (x *extractor) eventAnaphor(si, i int) *event {
	s := &x.sents[si]
	if i < 2 || s.lower(i) != "event" || s.lower(i-1) != "the" || s.lower(i-2) != "at" || s.owner[i] >= 0 {
		return nil
	}
	if x.sportsStory() {
		return nil // "at the event" of a race or a tournament
	}
	for k := len(x.events) - 1; k >= 0; k-- {
		ev := x.events[k].root()
		tr := ev.triggers[0]
		if tr.sent < si-3 {
			return nil
		}
		if tr.sent <= si && ev.own && !ev.foreign {
			return ev
		}
	}
	return nil
}
