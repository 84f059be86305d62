// A company's general meeting told without the company's name: "chairman
// John Akers told the annual meeting", "said at the company's annual
// shareholders meeting", "its annual general meeting". In a company's story
// the meeting is the lead firm's (bodies_units_its.go leadFirm): it holds
// the meeting, so it is the organiser (no met with the people there), and
// the event is not read as the speaker's own meeting.

package extract

import "strings"

// generalMeetingWords before "meeting" make it a body's general meeting:
// "annual meeting", "annual general meeting", "shareholders' meeting".
var generalMeetingWords = map[string]bool{"annual": true, "shareholders": true, "stockholders": true, "shareholder": true, "stockholder": true}

// generalMeetingHosts makes the lead firm the organiser of each company
// general meeting that names no body, country or place among its parties;
// in a story with no lead firm, the one firm its speakers work for
// (event_meeting_speaker_firms.go).
func (x *extractor) generalMeetingHosts() {
	lead := x.leadFirm()
	for _, ev := range x.events {
		if ev.merged != nil || ev.verb || ev.foreign || len(ev.organizer) > 0 || ev.word != "meeting" || len(ev.triggers) == 0 {
			continue
		}
		if x.bodyParty(ev) {
			continue
		}
		firm, byLead := lead, lead >= 0
		if !byLead {
			firm = x.speakersFirm(ev)
		}
		if firm < 0 {
			continue
		}
		for _, tr := range ev.triggers {
			if x.firmGeneralMeeting(tr) && !x.otherOwnersMeeting(tr.sent, firm) && (byLead || x.ownersOnlyMeeting(tr)) {
				ev.addOrganizer(firm, tr.sent)
				break
			}
		}
	}
}

// otherOwnersMeeting reports whether sentence si names, besides firm, an
// organisation with its own shareholders, board or stock, whose general
// meeting "the annual meeting" may be: "Chemical's shareholders, who will
// vote on the deal at the company's annual meeting", "to the Freedom board
// at the April 20 annual meeting".
func (x *extractor) otherOwnersMeeting(si, firm int) bool {
	s := &x.sents[si]
	for _, k := range s.mentions {
		m := &x.mentions[k]
		if m.ent < 0 || m.ent == firm || m.nominal || m.demonym || x.ents[m.ent].typ != Organization || m.end >= len(s.toks) {
			continue
		}
		if s.toks[m.end].Tag == "POS" || ownersWords[s.lower(m.end)] {
			return true
		}
	}
	return false
}

// ownersWords after a body's name speak of its owners or board:
// "the Jacobs board", "Alcan shareholders".
var ownersWords = map[string]bool{"board": true, "shareholders": true, "stockholders": true, "holders": true, "stock": true, "shares": true}

// bodyParty reports whether an event has a party that is no person.
func (x *extractor) bodyParty(ev *event) bool {
	for _, a := range ev.attendees {
		if x.ents[a.ent].typ != Person {
			return true
		}
	}
	return false
}

// firmGeneralMeeting reports whether the trigger names a firm's general
// meeting with no owner named: "the annual meeting", "its annual general
// meeting", "the company's annual shareholders meeting"; not "his annual
// meeting" (a person's), "a meeting", nor a meeting "of" or "with" someone
// ("the annual meeting of the Asian Development Bank").
func (x *extractor) firmGeneralMeeting(tr trigger) bool {
	s := &x.sents[tr.sent]
	toks := s.toks
	if tr.start >= len(toks) || s.lower(tr.start) != "meeting" {
		return false
	}
	if tr.end < len(toks) && (s.lower(tr.end) == "of" || s.lower(tr.end) == "with") {
		return false
	}
	np := x.npStart(tr.sent, tr.start)
	general := false
	for k := np; k < tr.start; k++ {
		w := strings.TrimSuffix(s.lower(k), "'")
		if generalMeetingWords[w] {
			general = true
		}
		if o := s.owner[k]; o >= 0 && !x.mentions[o].nominal {
			return false // a named owner or modifier: "the ADB's annual meeting"
		}
	}
	if !general {
		return false
	}
	switch first := s.lower(np); {
	case first == "its":
		return true
	case first == "the":
		// "the annual meeting", "the company's annual meeting"; not "the
		// minister's annual meeting"
		for k := np + 1; k < tr.start; k++ {
			if toks[k].Tag == "POS" {
				return k == np+2 && firmWords[s.lower(np+1)]
			}
		}
		return true
	}
	return false
}
