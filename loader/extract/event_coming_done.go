// A meeting told as coming is not one told as done: "Nakasone held talks
// with Reagan on Tuesday ... Nakasone and Reagan are to meet in Venice"
// tells two meetings of the same parties. The same-parties merge
// (mergeEvents) keeps them apart, so the talks take neither the coming
// meeting's place nor its date.

package extract

// comingAndDone reports whether one of a and b is first told by a verb of
// a meeting still to come ("will meet", "are to meet", "plan to meet") and
// the other as done (toldDone).
func (x *extractor) comingAndDone(a, b *event) bool {
	return x.comingByVerb(a) && x.toldDone(b) || x.comingByVerb(b) && x.toldDone(a)
}

// doneHoldVerbs before an event's noun tell it as held: "held talks",
// "had a meeting", "concluded negotiations".
var doneHoldVerbs = map[string]bool{"held": true, "had": true, "concluded": true, "staged": true, "hosted": true, "convened": true}

// toldDone reports whether ev's first mention tells it as done: a verb in
// the past tense ("met"), a noun after "after", "last" and the like
// (toldPast), or a noun with a verb of doneHoldVerbs in the past tense in
// the four words before it, no comma between ("held talks", "had a
// telephone conversation"; not "has begun a tour", "said his talks").
func (x *extractor) toldDone(ev *event) bool {
	if len(ev.triggers) == 0 {
		return false
	}
	if x.toldPast(ev) {
		return true
	}
	if ev.verb {
		return false
	}
	tr := ev.triggers[0]
	toks := x.sents[tr.sent].toks
	for k := tr.start - 1; k >= 0 && k >= tr.start-4; k-- {
		if toks[k].Text == "," {
			return false
		}
		if toks[k].Tag == "VBD" && doneHoldVerbs[lower(toks[k].Text)] {
			return true
		}
	}
	return false
}

// comingByVerb reports whether ev's first mention is a verb told as still
// to come (comingVerb).
func (x *extractor) comingByVerb(ev *event) bool {
	if !ev.verb || len(ev.triggers) == 0 {
		return false
	}
	tr := ev.triggers[0]
	toks := x.sents[tr.sent].toks
	return tr.start < len(toks) && comingVerb(toks, tr.start)
}
