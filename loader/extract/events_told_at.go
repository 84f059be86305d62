// Told at a meeting or on a call: "Smith told Mayor Jones during a phone
// call that ...", "told Jones over dinner", "In a call on Monday, Smith told
// Jones that ...". One told something at an event both attend, or on one
// call, dealt with the teller face to face or by phone: the one told
// attends that event. "Told Jones in a letter" or "in a statement" names no
// event and reads nothing.

package extract

import "strings"

// toldAtPreps join the one told to the event they were told at.
var toldAtPreps = map[string]bool{"in": true, "during": true, "at": true, "over": true}

// toldAtGroups are the kinds of event whose people deal with each other
// when one tells the other something there: talks, calls, meals. Not a
// conference or a hearing: "told Jones at a press conference" is an
// answer to a reporter in an audience.
var toldAtGroups = map[eventGroup]bool{groupTalks: true, groupCall: true, groupMeal: true, groupSummit: true}

// toldAtEvents adds the person told something in sentence si to the event
// read there (x.events[first:]) they were told it at.
func (x *extractor) toldAtEvents(si, first int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+2 < len(toks); i++ {
		if !s.in(i, tlTellPast) || !strings.HasPrefix(toks[i].Tag, "VB") || negated(toks, i) || insideQuote(toks, i) {
			continue
		}
		told, end := x.journalistAt(si, i+1)
		teller := x.onlySubject(si, i)
		if told < 0 || teller < 0 || told == teller || x.ents[told].typ != Person {
			continue
		}
		if ev := x.toldAtEvent(si, first, i, end); ev != nil {
			ev.addAttendee(teller, si)
			ev.addAttendee(told, si)
			ev.own = true
		}
	}
}

// toldAtEvent returns the event of sentence si (among x.events[first:])
// that "told X" (verb at token v, X ending before token end) happened at:
// named right after X ("during a phone call", past a date) or fronted
// before the verb ("In a phone call on Monday, Smith told X"); nil when
// none.
func (x *extractor) toldAtEvent(si, first, v, end int) *event {
	s := &x.sents[si]
	toks := s.toks
	if d := dateAt(s.dates, end); d != nil && d.End > end {
		end = d.End
	}
	for _, ev := range x.events[first:] {
		ev = ev.root()
		if !toldAtGroups[ev.group] || ev.verb {
			continue
		}
		for _, tr := range ev.triggers {
			if tr.sent != si {
				continue
			}
			np := x.npStart(si, tr.start)
			// "told X during a phone call", "told X over dinner"
			if np > 0 && np-1 == end && toldAtPreps[s.lower(end)] && tr.start-np <= 3 {
				return ev
			}
			// "In a phone call on Monday, Smith told X": fronted, the
			// told clause right after its comma
			if np == 1 && toldAtPreps[s.lower(0)] && tr.start < v && commaBetween(toks, tr.end, v) {
				return ev
			}
		}
	}
	return nil
}

// commaBetween reports whether exactly one comma stands between tokens
// [from, to) and no verb does.
func commaBetween(toks []nlpToken, from, to int) bool {
	n := 0
	for k := from; k < to; k++ {
		if toks[k].Text == "," {
			n++
		}
		if t := toks[k].Tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return false
		}
	}
	return n == 1
}

// toldAt reports whether entity e is told something in one of its
// sentences at event ev ("told Mayor Jones during a phone call"): a party
// to it, no mere audience (sourceMention).
func (x *extractor) toldAt(ev *event, e int) bool {
	for k := range x.mentions {
		if m := &x.mentions[k]; m.ent == e && x.toldAtMention(ev, m) {
			return true
		}
	}
	return false
}

// toldAtMention reports whether mention m is the one told in "told X
// during a phone call" and ev the event named there.
func (x *extractor) toldAtMention(ev *event, m *mention) bool {
	si := m.sent
	s := &x.sents[si]
	v := x.titleLeft(si, m.start, m.typ) - 1
	if v >= 0 && s.toks[v].Tag == "DT" {
		v--
	}
	if v < 1 || !s.in(v, tlTellPast) {
		return false
	}
	at := x.toldAtEvent(si, 0, v, m.end)
	return at != nil && at.root() == ev.root()
}
