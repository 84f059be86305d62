// A meeting told over several sentences: "Holness met Fahie on Monday. At
// the meeting, Finance Minister Nigel Clarke presented the plan." The
// definite noun ("the meeting", "the call", "the talks") of the verb's
// group, within two sentences after the verb, is the same event, even with
// people of its own, who attended it.

package extract

// anaphorSpan is how many sentences after a verb's event a definite noun
// may still repeat it.
const anaphorSpan = 2

// anaphorDeterminers open a noun that repeats an event told before: not
// a possessive ("the union's negotiations", "his talks") naming a party
// of its own.
var anaphorDeterminers = map[string]bool{"the": true, "that": true, "this": true, "those": true, "these": true}

// mergeVerbAnaphors joins each definite, unnamed noun event to the
// nearest event before it when that one is told by a verb of the same
// group ("met" and "the meeting", "spoke by phone" and "the call") in
// one of the anaphorSpan sentences before, with no
// conflicting date or place, and the noun has no modifier of its own
// ("the board meeting", "the meeting of OPEC ministers" are others).
func (x *extractor) mergeVerbAnaphors() {
	evs := x.events
	for k, ev := range evs {
		if ev.verb || !ev.definite || ev.name != "" || ev.foreign || ev.root() != ev || len(ev.triggers) == 0 || len(ev.organizer) > 0 {
			continue
		}
		tr := ev.triggers[0]
		if x.headModifier(ev) != "" || tr.end < len(x.sents[tr.sent].toks) && x.sents[tr.sent].lower(tr.end) == "of" || !anaphorDeterminers[x.sents[tr.sent].lower(x.npStart(tr.sent, tr.start))] {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-mergeWindow; j-- {
			p := evs[j].root()
			if p == ev {
				continue
			}
			last := -1
			for _, t := range p.triggers {
				last = max(last, t.sent)
			}
			if tr.sent-last > anaphorSpan || tr.sent == last {
				break // too far, or the verb's own clause ("meet reporters on the union's negotiations")
			}
			if !p.verb || p.name != "" || p.foreign || p.group != ev.group || !sameKind(p, ev) {
				break // the nearest event is another one
			}
			if !x.conflict(p, ev) {
				p.absorb(ev)
			}
			break
		}
	}
}
