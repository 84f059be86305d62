// Sports fixtures told as meetings: "England are still to meet Italy at
// Twickenham", "a Carling Cup meeting with West Ham" in a sports story are
// a match between sides, no meeting of people. A board's or a club's
// meeting held ("held a meeting with the FA") or one a person attends is
// kept.

package extract

import "strings"

// fixtureMeeting reports whether ev is a match between sides: in a sports
// story (or a sentence with a sports word), every mention is the verb
// "meet" with a side for its object ("to meet Italy"), or the noun
// "meeting" with a side after it ("a meeting with West Ham") or told as
// the sides' last or next ("in their last meeting"), and every party is a
// side (an organisation or a country), none a person. An athletics
// meeting ("the GE Galan meeting", "the USATF annual meeting") and a
// body's ("a meeting of its Executive Committee") are events. Players who
// meet in a match are no meeting either ("Umaga will meet O'Driscoll in
// Saturday's match"), people though they are.
func (x *extractor) fixtureMeeting(ev *event, sports bool) bool {
	if ev.foreign || len(ev.triggers) == 0 || len(ev.attendees) == 0 || len(ev.organizer) > 0 {
		return false
	}
	if !sports && !x.sportsEvent(ev) {
		return false
	}
	if x.playersMatch(ev) {
		return true
	}
	for _, a := range ev.attendees {
		if t := x.ents[a.ent].typ; t != Organization && t != Country {
			return false
		}
	}
	for _, tr := range ev.triggers {
		s := &x.sents[tr.sent]
		if tr.end <= 0 || tr.end > len(s.toks) {
			return false
		}
		w := s.lower(tr.end - 1)
		if !meetVerbs[w] {
			return false
		}
		if w == "meeting" && (isNounTag(s.toks[tr.end-1].Tag) || tr.end < len(s.toks) && (s.lower(tr.end) == "with" || s.lower(tr.end) == "against")) {
			if !x.sidesMeeting(tr) {
				return false
			}
		} else if !x.sideAt(tr.sent, tr.end) {
			return false
		}
	}
	return true
}

// sideAt reports whether a side is named at token k of sentence si, past
// a determiner: "meet Italy", "meet the Lions", "meet them".
func (x *extractor) sideAt(si, k int) bool {
	s := &x.sents[si]
	if k < len(s.toks) && s.toks[k].Tag == "DT" {
		k++
	}
	if k < len(s.toks) && (s.lower(k) == "them" || s.lower(k) == "us") {
		return true
	}
	m := x.mentionAt(si, k)
	return m != nil && m.start == k && m.ent >= 0 && (x.ents[m.ent].typ == Organization || x.ents[m.ent].typ == Country)
}

// sidesMeeting reports whether the noun "meeting" is a match: a side
// named after "with" or "against" ("a Carling Cup meeting with West
// Ham"), or the sides' last, next or previous one ("in their last
// meeting").
func (x *extractor) sidesMeeting(tr trigger) bool {
	s := &x.sents[tr.sent]
	if tr.end+1 < len(s.toks) && (s.lower(tr.end) == "with" || s.lower(tr.end) == "against") && x.sideAt(tr.sent, tr.end+1) {
		return true
	}
	return tr.start >= 2 && sidesOrdinals[s.lower(tr.start-1)] && (s.lower(tr.start-2) == "their" || s.lower(tr.start-2) == "the")
}

// sidesOrdinals tell a fixture's place among the sides' meetings.
var sidesOrdinals = map[string]bool{"last": true, "next": true, "previous": true, "latest": true}

// playersMatch reports whether every mention of ev is the verb "meet" with
// a fixture's word after "in" or "at" later in its clause: "will meet
// O'Driscoll in Saturday's Rugby Aid match".
func (x *extractor) playersMatch(ev *event) bool {
	for _, tr := range ev.triggers {
		s := &x.sents[tr.sent]
		if tr.end <= 0 || tr.end > len(s.toks) {
			return false
		}
		v := tr.end - 1
		if !meetVerbs[s.lower(v)] || !strings.HasPrefix(s.toks[v].Tag, "VB") {
			return false
		}
		found, in := false, false
		for k := tr.end; k < len(s.toks) && k <= tr.end+10; k++ {
			if t := s.toks[k]; t.Text == "," || t.Text == ";" || t.Tag == "." || t.Tag == "TO" {
				break // "met FAI officials to arrange the fixture schedule": a meeting
			}
			if w := s.lower(k); w == "in" || w == "at" {
				in = true
			} else if in && sportsWords[w] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
