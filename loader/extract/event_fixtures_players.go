// Players drawn against each other, told as meetings in a sports story:
// "Hewitt will meet France's Arnaud Clement", "to earn a second round
// meeting with French Open champion Anastasia Myskina", "Before her meeting
// with Martinez, Davenport believes". They meet in a match, not to talk.
// A meeting someone holds, attends or arranges with a player ("held a
// clandestine meeting with Arsenal defender Ashley Cole", "attend a
// meeting in my office") stays, as do a meeting with a club and one held
// to do something ("will meet the manager to discuss a new deal").

package extract

// playersFixture reports whether every mention of ev, in a sports story,
// is the verb "meet" or the noun "meeting" with a person after it, past
// titles and nationalities, no holding verb before the noun, no purpose
// or talk after, and every party is a person.
func (x *extractor) playersFixture(ev *event, sports bool) bool {
	if !sports || ev.foreign || len(ev.triggers) == 0 || len(ev.attendees) == 0 || len(ev.organizer) > 0 {
		return false
	}
	for _, a := range ev.attendees {
		if x.ents[a.ent].typ != Person {
			return false
		}
	}
	for _, tr := range ev.triggers {
		if !x.playerMeetTrigger(tr) {
			return false
		}
	}
	return true
}

// playerMeetTrigger reports whether one mention is "meet PLAYER" or
// "meeting with PLAYER" as playersFixture reads it.
func (x *extractor) playerMeetTrigger(tr trigger) bool {
	s := &x.sents[tr.sent]
	if tr.end <= 0 || tr.end > len(s.toks) {
		return false
	}
	h := tr.end - 1
	w := s.lower(h)
	k := tr.end
	switch {
	case (w == "meet" || w == "meets" || w == "meeting") && isVerbTag(s.toks[h].Tag):
	case w == "meeting" && k < len(s.toks) && s.lower(k) == "with":
		if x.heldMeeting(tr.sent, h) {
			return false
		}
		k++
	default:
		return false
	}
	if !x.personAhead(tr.sent, k) {
		return false
	}
	return !talkAfter(s, k)
}

// personAhead reports whether a person's name comes at token k of sentence
// si, past a determiner, a possessive place ("France's"), a nationality
// ("Swede") and lower-case or title words ("four-time champion", "French
// Open champion"), with no
// verb or punctuation before it.
func (x *extractor) personAhead(si, k int) bool {
	s := &x.sents[si]
	for j := k; j < len(s.toks) && j < k+6; j++ {
		if m := x.mentionAt(si, j); m != nil && m.start == j && m.ent >= 0 {
			if x.ents[m.ent].typ == Person && !m.nominal {
				return true
			}
			if m.end < len(s.toks) && s.toks[m.end].Tag == "POS" {
				j = m.end // "France's": the player's nation
				continue
			}
			if m.demonym || x.ents[m.ent].typ == Event {
				j = m.end - 1 // "Swede", "French Open champion"
				continue
			}
			return false // a club, a body: a side, or a real meeting
		}
		if t := s.toks[j]; isVerbTag(t.Tag) || t.Tag == "," || t.Tag == "." || t.Tag == ":" || t.Tag == "IN" || t.Tag == "TO" {
			return false
		}
	}
	return false
}

// holdMeetingVerbs hold, attend or arrange a meeting: one told with them
// is a meeting of people, not a match.
var holdMeetingVerbs = map[string]bool{
	"hold": true, "holds": true, "held": true, "holding": true,
	"attend": true, "attends": true, "attended": true, "attending": true,
	"arrange": true, "arranged": true, "request": true, "requested": true,
	"have": true, "has": true, "had": true, "call": true, "called": true,
	"seek": true, "sought": true, "want": true, "wanted": true,
}

// secretMeetingWords tell a meeting kept from others, no match.
var secretMeetingWords = map[string]bool{"secret": true, "clandestine": true, "private": true, "informal": true}

// heldMeeting reports whether the noun "meeting" at h is held, attended
// or arranged by someone, or kept secret: "held a clandestine meeting
// with", "has had a meeting with".
func (x *extractor) heldMeeting(si, h int) bool {
	s := &x.sents[si]
	np := x.npStart(si, h)
	for k := np; k < h; k++ {
		if secretMeetingWords[s.lower(k)] {
			return true
		}
	}
	for k := np - 1; k >= 0 && k >= np-3; k-- {
		if holdMeetingVerbs[s.lower(k)] {
			return true
		}
		if s.toks[k].Tag != "RB" && s.toks[k].Tag != "DT" && s.toks[k].Tag != "MD" && s.toks[k].Tag != "TO" {
			break
		}
	}
	return false
}

// talkAfter reports whether the clause after token k tells a purpose or a
// talk: "to discuss", "for talks", "about a new contract".
func talkAfter(s *sentence, k int) bool {
	for j := k; j < len(s.toks) && j < k+12; j++ {
		switch s.lower(j) {
		case ",", ";", ".":
			return false
		case "discuss", "talks", "talk", "about", "negotiate", "office", "agent", "contract", "deal":
			return true
		}
		if s.toks[j].Tag == "TO" && j+1 < len(s.toks) && s.toks[j+1].Tag == "VB" {
			return true
		}
	}
	return false
}
