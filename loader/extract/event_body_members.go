// Meetings of a body told with its members: "The city council met on
// Tuesday. Council members Ana Silva and Brian Moore voted against the
// budget." "At Tuesday's board meeting, board member Susan Park asked ...":
// the members a body's meeting names, by a title of that body, in its
// sentence or the two after, attend it.

package extract

import (
	"slices"
	"strings"
)

// memberTitles are the titles that make a person a member of a body, by
// the body's noun: "Councilwoman Lisa Grant" sits on the council.
var memberTitles = map[string][]string{
	"council":    {"councilman", "councilwoman", "councillor", "councilor", "councilmember", "alderman", "alderwoman"},
	"board":      {"trustee"},
	"trust":      {"trustee"},
	"commission": {"commissioner"},
	"committee":  nil,
	"senate":     {"senator"},
	"cabinet":    {"minister"},
}

// bodyMeetingWords name a body's sitting after its noun: "council met",
// "board meeting", "committee session".
var bodyMeetingWords = map[string]bool{"met": true, "meets": true, "meeting": true, "session": true, "sitting": true, "hearing": true}

// bodyMeeting returns the noun of the body whose meeting sentence si tells
// ("the city council met", "Tuesday's board meeting") and the token of
// the meeting's word, or "" and -1.
func (x *extractor) bodyMeeting(si int) (string, int) {
	s := &x.sents[si]
	for k := 1; k < len(s.toks); k++ {
		if !s.in(k, tlBodyMeeting) || negated(s.toks, k) {
			continue
		}
		if _, ok := memberTitles[s.lower(k-1)]; ok {
			return s.lower(k - 1), k
		}
	}
	return "", -1
}

// bodyMemberEvents adds, for a body's meeting told in sentence si, an
// event its members named in that sentence or the two after attend.
func (x *extractor) bodyMemberEvents(si int) {
	body, k := x.bodyMeeting(si)
	if k < 0 {
		return
	}
	ev := &event{group: groupTalks, dateSent: -1, entity: -1, word: "meeting", own: true}
	ev.triggers = append(ev.triggers, trigger{si, k, k + 1})
	for q := si; q < len(x.sents) && q <= si+2; q++ {
		if q > si && x.sents[q].row {
			break
		}
		for _, mi := range x.sents[q].mentions {
			m := &x.mentions[mi]
			if m.ent >= 0 && x.ents[m.ent].typ == Person && !m.nominal && x.memberOf(q, m, body) {
				ev.addAttendee(m.ent, q)
			}
		}
	}
	if len(ev.attendees) == 0 {
		return
	}
	// "The Cabinet met on Monday, chaired by Prime Minister Philip Davis":
	// the meeting the verb already read gets the members, not a second node
	if read := x.eventAt(si, k); read != nil {
		for _, a := range ev.attendees {
			read.addAttendee(a.ent, a.sent)
		}
		read.own = true
		return
	}
	x.placeDateAfter(si, k+1, ev)
	if ev.date == "" {
		ev.dateIn(&x.sents[si], si, x.npStart(si, k), k) // "Tuesday's council meeting"
	}
	x.events = append(x.events, ev)
}

// memberOf reports whether the title before mention m names it a member
// of the body whose noun is body: "council member Ana Silva", "Council
// members Ana Silva and Brian Moore", "Councilwoman Lisa Grant".
func (x *extractor) memberOf(si int, m *mention, body string) bool {
	s := &x.sents[si]
	start := m.start
	// a list's later names share its first name's title
	if start >= 2 && s.lower(start-1) == "and" {
		if pm := x.mentionAt(si, start-2); pm != nil && pm.ent >= 0 && x.ents[pm.ent].typ == Person && x.titleLeft(si, start, Person) == start {
			start = pm.start
		}
	}
	from := min(x.titleLeft(si, start, Person), max(0, start-3))
	for k := start - 1; k >= from; k-- {
		w := s.lower(k)
		if w == body || slices.Contains(memberTitles[body], w) {
			return true
		}
		if s.owner[k] >= 0 && x.mentions[s.owner[k]].typ == Person || s.toks[k].Text == "," || strings.HasPrefix(s.toks[k].Tag, "VB") {
			return false
		}
	}
	return false
}

// eventAt returns the event read with its trigger at token k of sentence
// si, or nil.
func (x *extractor) eventAt(si, k int) *event {
	for _, ev := range x.events {
		for _, tr := range ev.triggers {
			if tr.sent == si && tr.start <= k && k < tr.end {
				return ev.root()
			}
		}
	}
	return nil
}
