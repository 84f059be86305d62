package extract

// namedByOtherBody reports whether the first mention of anaphor ev is
// owned by a body named right before its head that takes no part in p,
// the event it would join, whether the tagger read the head as a noun or
// as a verb ("after the Association of Tin Producing Countries meeting
// April 14 to 16" is not "a European Community coordination meeting" told
// after it).
func (x *extractor) namedByOtherBody(p, ev *event) bool {
	if len(ev.triggers) == 0 {
		return false
	}
	tr := ev.triggers[0]
	if tr.end-tr.start != 1 {
		return false
	}
	if w := x.sents[tr.sent].lower(tr.start); w != "meeting" && w != "meetings" && w != "talks" && w != "conference" && w != "summit" && w != "session" {
		return false
	}
	return x.absentBodyBefore(p, tr)
}

// absentBodyBefore reports whether a body's mention ends right before
// trigger tr and the body takes no part in p.
func (x *extractor) absentBodyBefore(p *event, tr trigger) bool {
	s := &x.sents[tr.sent]
	k := tr.start - 1
	if k < 0 || s.owner[k] < 0 {
		return false
	}
	m := &x.mentions[s.owner[k]]
	if m.end != tr.start || m.ent < 0 || x.ents[m.ent].typ != Organization {
		return false
	}
	pp := x.parties(p)
	return len(pp) > 0 && !pp[m.ent]
}
