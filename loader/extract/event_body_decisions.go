// A meeting told without its parties in a story of a body's decision: "The
// Napa County Board of Supervisors approved the plan ... Community members
// who spoke at Tuesday night's meeting were concerned." A council, board or
// commission decides at its own meeting, so a meeting the story names with
// no party of its own is held by the one such body the story shows deciding.

package extract

// decisionVerbs tell of a body deciding: "approved", "voted".
var decisionVerbs = wordSet("decisionVerbs")

// sittingBodyHeads end the names of bodies that decide in meetings.
var sittingBodyHeads = wordSet("sittingBodyHeads")

// bodyMeetingNouns are the event nouns a deciding body's own meeting goes by.
var bodyMeetingNouns = map[string]bool{"meeting": true, "session": true, "sitting": true, "hearing": true}

// decidingBody returns the one body named by a sitting body's head that
// sentences [0, last] show as the subject of a decision verb, or -1 when
// there is none or more than one.
func (x *extractor) decidingBody(last int) int {
	body := -1
	for si := 0; si <= last && si < len(x.sents); si++ {
		s := &x.sents[si]
		if s.row {
			continue
		}
		for v := 1; v < len(s.toks); v++ {
			if !decisionVerbs[s.lower(v)] || !isVerbTag(s.toks[v].Tag) || negated(s.toks, v) {
				continue
			}
			for _, e := range x.subjectBefore(si, v) {
				if e < 0 || x.ents[e].typ != Organization || !lowerIn(sittingBodyHeads, lastField(x.ents[e].name)) {
					continue
				}
				if body >= 0 && body != e {
					return -1
				}
				body = e
			}
		}
	}
	return body
}

// bodyDecisionMeetings gives each meeting noun told with no party (after
// merging: the meeting a member spoke at has its party), no
// name and not as one meeting among others ("a meeting", "meetings") the
// body the story shows deciding, up to the meeting's sentence, as its
// organiser.
func (x *extractor) bodyDecisionMeetings() {
	for _, ev := range x.events {
		if ev.merged != nil || ev.verb || ev.foreign || ev.indef || ev.name != "" || len(ev.triggers) == 0 || len(ev.attendees) > 0 || len(ev.organizer) > 0 || !bodyMeetingNouns[ev.word] {
			continue
		}
		tr := ev.triggers[0]
		s := &x.sents[tr.sent]
		// one meeting, not "meetings", told as the one meant: "the
		// meeting", "its meeting", "Tuesday night's meeting" (not "steel
		// meeting federal standards")
		if s.lower(tr.start) != ev.word || !x.meantMeeting(tr) {
			continue
		}
		if b := x.decidingBody(tr.sent); b >= 0 {
			ev.addOrganizer(b, tr.sent)
			ev.own = true
		}
	}
}

// meantMeeting reports whether the noun phrase of the event noun at tr
// points at one meeting: it opens with "the", "this", "that" or a
// possessive pronoun, or holds a possessive ("Tuesday's").
func (x *extractor) meantMeeting(tr trigger) bool {
	s := &x.sents[tr.sent]
	start := x.npStart(tr.sent, tr.start)
	if start >= tr.start {
		return false
	}
	if anaphorDeterminers[s.lower(start)] || s.toks[start].Tag == "PRP$" {
		return true
	}
	for k := start; k < tr.start; k++ {
		if s.toks[k].Tag == "POS" {
			return true
		}
	}
	return false
}
