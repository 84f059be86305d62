// Event nouns that name no event held: a head-to-head record in a sports
// story ("two of their three meetings", "all nine of her previous
// meetings", "the same meeting in 2003"), a noun that describes a person
// ("is a successful fundraiser"), an event noun that modifies another
// ("his Tour debut") and the verb "meeting" with an object ("though
// meeting creditor resistance").

package extract

// noEventHeld reports whether every mention of ev is one of those
// (sports: the story is a sports story).
func (x *extractor) noEventHeld(ev *event, sports bool) bool {
	if ev.foreign || ev.name != "" || len(ev.triggers) == 0 {
		return false
	}
	for _, tr := range ev.triggers {
		s := &x.sents[tr.sent]
		if tr.start < 0 || tr.end <= tr.start || tr.end > len(s.toks) {
			return false
		}
		if !x.headToHead(tr, sports || x.sportsEvent(ev)) && !x.describingNoun(tr) && !x.modifierNoun(tr) && !x.meetingVerb(tr) && !x.titleNoun(tr) && !x.showTour(tr) {
			return false
		}
	}
	return true
}

// headToHeadWords tell a meeting's place in a record of meetings.
var headToHeadWords = map[string]bool{"previous": true, "past": true, "last": true, "same": true, "earlier": true, "recent": true, "first": true}

// headToHead reports whether the noun "meeting(s)" at tr is a record of
// meetings or, in a sports story, one of them: "meetings" possessed and
// counted or told as previous ("two of their three meetings", "all nine
// of her previous meetings") are several, no one event held; in a sports
// story "his last meeting" and "the same meeting" are fixtures.
func (x *extractor) headToHead(tr trigger, sports bool) bool {
	s := &x.sents[tr.sent]
	if tr.end-tr.start != 1 || !isNounTag(s.toks[tr.start].Tag) {
		return false
	}
	if w := s.lower(tr.start); w != "meetings" && (w != "meeting" || !sports) {
		return false
	}
	counted, same := false, false
	for k := tr.start - 1; k >= 0 && k >= tr.start-3; k-- {
		w := s.lower(k)
		switch {
		case s.toks[k].Tag == "CD" || numberWords[w]:
			counted = true
		case headToHeadWords[w]:
			counted = true
			same = same || w == "same"
		case w == "their" || w == "her" || w == "his":
			return counted
		case w == "the":
			return same && sports
		default:
			return false
		}
	}
	return false
}

// describingNoun reports whether the event noun at tr is the predicate of
// "be" and closes its clause: "(Archer) is a successful fundraiser".
func (x *extractor) describingNoun(tr trigger) bool {
	s := &x.sents[tr.sent]
	if tr.end < len(s.toks) {
		if t := s.toks[tr.end]; t.Text != "." && t.Text != "," && t.Text != ";" && t.Text != "and" && t.Text != "but" {
			return false
		}
	}
	k := tr.start - 1
	for k >= 0 && (s.toks[k].Tag == "JJ" || s.toks[k].Tag == "RB" || s.toks[k].Tag == "RBS" || s.toks[k].Tag == "JJS") {
		k--
	}
	if k < 1 || (s.lower(k) != "a" && s.lower(k) != "an") {
		return false
	}
	w := s.lower(k - 1)
	return w == "is" || w == "was" || w == "remains" || w == "remained" || w == "became" || w == "becomes"
}

// modifierNoun reports whether the event noun at tr modifies a noun of
// presence after it: "his Tour debut".
func (x *extractor) modifierNoun(tr trigger) bool {
	s := &x.sents[tr.sent]
	return tr.end < len(s.toks) && presenceNouns[s.lower(tr.end)] && isNounTag(s.toks[tr.end].Tag)
}

// meetingVerb reports whether "meeting" at tr is the verb with a target
// for its object (event_meet_targets.go), tagged a noun and with no
// determiner or modifier before it: "though meeting creditor resistance".
// "after meeting president Alan Garcia" and "after meeting senior
// advisers" are meetings.
func (x *extractor) meetingVerb(tr trigger) bool {
	s := &x.sents[tr.sent]
	if tr.end-tr.start != 1 || s.lower(tr.start) != "meeting" || tr.start == 0 {
		return false
	}
	if p := s.toks[tr.start-1]; p.Tag != "IN" && p.Text != "," && p.Tag != "RB" && p.Tag != "CC" {
		return false
	}
	return targetObject(s, tr.start)
}
