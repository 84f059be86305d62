// Interviews: a host, anchor or interviewer asking someone, or told something
// by them, is an interview both attend ("Scott told co-host Gayle King",
// "King asked Scott", "King said to Walter").

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// interviewerNouns are the job titles of those who interview: "co-host",
// "anchor", "interviewer".
var interviewerNouns = wordSet("interviewerNouns")

// interviewers returns the people whose job title ends in an
// interviewer's noun, or named right after one ("co-host Gayle King").
func (x *extractor) interviewers() map[int]bool {
	out := map[int]bool{}
	for _, m := range x.mentions {
		if m.ent >= 0 && m.start > 0 && x.ents[m.ent].typ == Person && interviewerNouns[x.sents[m.sent].lower(m.start-1)] {
			out[m.ent] = true
		}
	}
	for _, k := range x.order {
		if k.p != vocab.PJobTitle || k.s < 0 || x.ents[k.s].typ != Person {
			continue
		}
		f := strings.Fields(lower(k.lit))
		if len(f) > 0 && interviewerNouns[f[len(f)-1]] {
			out[k.s] = true
		}
	}
	return out
}

// interviewEvents reads the interviews of sentence si: one event for each
// interviewer and the one they talk with, so that two people each
// interviewed apart did not meet each other.
func (x *extractor) interviewEvents(si int, hosts map[int]bool) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		lw := s.lower(i)
		if !strings.HasPrefix(toks[i].Tag, "VB") || negated(toks, i) {
			continue
		}
		var host, guest int
		switch {
		case lw == "told":
			// "Scott told "CBS This Morning" co-host Gayle King": the one
			// told is the host, past the show's name and the title.
			host = x.personNamedAt(si, i+1)
			guest = x.onlySubject(si, i)
		case lw == "asked":
			host = x.onlySubject(si, i)
			guest = x.personNamedAt(si, i+1)
		case lw == "said" && s.lower(i+1) == "to":
			host = x.onlySubject(si, i)
			guest = x.personNamedAt(si, i+2)
		default:
			continue
		}
		if host < 0 || guest < 0 || host == guest || !hosts[host] || hosts[guest] {
			continue
		}
		ev := &event{group: groupTalks, dateSent: -1, entity: -1, word: "interview", verb: true, own: true}
		ev.triggers = append(ev.triggers, trigger{si, i, i + 1})
		ev.addAttendee(host, si)
		ev.addAttendee(guest, si)
		x.events = append(x.events, ev)
	}
}

// onlySubject returns the one person subject of verb v, or -1.
func (x *extractor) onlySubject(si, v int) int {
	subj := x.subjectBefore(si, v)
	if len(subj) != 1 || x.ents[subj[0]].typ != Person {
		return -1
	}
	return subj[0]
}

// personNamedAt returns the person named from token j, past a quoted show's
// name and a title before the name ("“CBS This Morning” co-host Gayle
// King"), or -1.
func (x *extractor) personNamedAt(si, j int) int {
	s := &x.sents[si]
	toks := s.toks
	if j < len(toks) && isOpenQuote(toks[j]) {
		k := j + 1
		for k < len(toks) && k < j+8 && !isCloseQuote(toks[k]) {
			k++
		}
		j = k + 1
	}
	for k := j; k < len(toks) && k < j+6; k++ {
		if m := x.mentionAt(si, k); m != nil && m.start == k {
			if m.ent >= 0 && x.ents[m.ent].typ == Person && !m.nominal && (m.end >= len(toks) || toks[m.end].Tag != "POS") {
				return m.ent
			}
			// "Canadian trade commissioner Marc Dube", "Chinese Ambassador
			// Yan Jiarong": a demonym before a post (titles_lead_words.go)
			if titleBody(s, k, m.end) || m.demonym && (x.leadTitleWord(s, m.end) || m.end < len(toks) && s.owner[m.end] < 0 && isTitleHead(toks[m.end].Text)) {
				k = m.end - 1
				continue
			}
			return -1
		}
		if s.owner[k] >= 0 || !(isTitleHead(toks[k].Text) || interviewerNouns[s.lower(k)] || gazetteer.Capitalised(toks[k].Text) || titleWord(s, j, k) || x.leadTitleWord(s, k)) {
			return -1
		}
	}
	return -1
}
