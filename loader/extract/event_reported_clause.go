// A speaker is no actor at an event told in the clause they report: in
// "Jones said the Federal Open Market Committee at today's meeting voted no
// change", the committee acts at the meeting, Jones (an analyst quoted about
// it) does not. "said at a news conference", "told reporters at a
// briefing", "said on Tuesday at a meeting" keep their speaker.

package extract

// reportedSubject reports whether verb v, which reports a clause, is
// followed, before the event's preposition at token at, by a name: the
// subject of the clause the speaker reports.
func (x *extractor) reportedSubject(si, v, at int) bool {
	s := &x.sents[si]
	if !clauseVerbs[s.lower(v)] {
		return false // "told Jones at a meeting", "announced the plan at a news conference": an object
	}
	// the reported clause opens right after the verb (past "that", a
	// date and a determiner) with a name: not "said in testimony at", "said
	// his attendance at", "said shareholders at the annual meeting".
	k := v + 1
	if k < at && s.lower(k) == "that" {
		k++
	}
	if d := dateAt(s.dates, k); d != nil && d.Start == k {
		k = d.End
	}
	if k < at && s.toks[k].Tag == "DT" {
		k++
	}
	if k >= at {
		return false
	}
	if subjectPronouns[s.lower(k)] {
		return true
	}
	m := x.mentionAt(si, k)
	return m != nil && m.start == k && m.ent >= 0 && m.end <= at && !m.nominal
}

// subjectPronouns open a reported clause: "said they at the meeting
// agreed". Not "it": "said it at the meeting" tells where the speaker said it.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true}

// clauseVerbs report a clause: "said the committee at today's meeting voted".
var clauseVerbs = map[string]bool{"said": true, "says": true, "say": true, "added": true, "stated": true, "believes": true, "believed": true, "thinks": true, "thought": true, "noted": true}
