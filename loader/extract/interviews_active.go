// Interviews and questions told in the active: "Tapper interviewed
// Senator Sanders on Sunday", "Wootton asked Alley, “Did you get it from a
// tick?”" (or "asked her, “...”"), "Sanders, speaking to host Jake Tapper, said". The one who
// interviews or asks and the one interviewed or asked attend one
// interview. A request ("asked Smith to resign") and a question put in
// writing ("asked Smith whether") are no interview: the question must be
// quoted right after the name.

package extract

// activeInterviews reads the active interviews of sentence si; hosts are
// the page's interviewers (interviews.go).
func (x *extractor) activeInterviews(si int, hosts map[int]bool) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		lw := s.lower(i)
		if t := toks[i].Tag; t != "VBD" && t != "VBZ" && t != "VBG" || negated(toks, i) || beVerbs[s.lower(i-1)] {
			continue
		}
		var host, guest, end int
		switch {
		case (lw == "interviewed" || lw == "interviews") && toks[i].Tag != "VBG":
			host = x.onlySubject(si, i)
			guest, end = x.journalistAt(si, i+1)
		case lw == "asked" || lw == "asks":
			host = x.onlySubject(si, i)
			guest, end = x.journalistAt(si, i+1)
			if guest < 0 {
				guest, end = x.askedPronoun(si, i+1, host) // interview_pronouns.go
			}
			// the question quoted right after the name: "asked Alley, “Did you”"
			if end < len(toks) && toks[end].Text == "," {
				end++
			}
			if end >= len(toks) || !isOpenQuote(toks[end]) {
				continue
			}
		case (lw == "speaking" || lw == "spoke" || lw == "speaks" || lw == "talking" || lw == "talked") && (s.lower(i+1) == "to" || s.lower(i+1) == "with"):
			// only to a host: one speaks to reporters or a crowd otherwise
			h, e := x.journalistAt(si, x.pastOutlet(si, i+2))
			if h < 0 || !hosts[h] {
				continue
			}
			host, end = h, e
			guest = x.onlySubject(si, i) // "Sanders, speaking to": the participle's subject
		default:
			continue
		}
		if host < 0 || guest < 0 || host == guest || end < len(toks) && toks[end].Tag == "POS" {
			continue
		}
		ev := &event{group: groupTalks, dateSent: -1, entity: -1, word: "interview", verb: true, own: true}
		ev.triggers = append(ev.triggers, trigger{si, i, i + 1})
		ev.addAttendee(host, si)
		ev.addAttendee(guest, si)
		x.placeDateAfter(si, end, ev)
		x.events = append(x.events, ev)
	}
}

// pastOutlet returns the token after an outlet's name that stands before
// an interviewer's noun ("Fox News host Jake Tapper": at "host"), else j.
func (x *extractor) pastOutlet(si, j int) int {
	s := &x.sents[si]
	if m := x.mentionAt(si, j); m != nil && m.start == j && m.ent >= 0 && x.ents[m.ent].typ == Organization && m.end < len(s.toks) && interviewerNouns[s.lower(m.end)] {
		return m.end
	}
	return j
}
