package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// Named events that are no sporting contest (names_contests.go) nor a
// meeting (the events stage): award shows, festivals, galas, wars, fairs of
// a trade ("the Billboard Music Awards", "the Eurovision Song Contest", "the
// Met Gala", "the Iraq War", "Paris Fashion Week"), which the recogniser
// reads as bodies or places. A name is one by its last words (eventHeads);
// a body the gazetteer knows keeps its type, and so does a person, and a
// body's name of the form "HEAD of/for X" ("Institute for the Study of War").

// eventHeads are the last words of such names, lower case; a phrase of two
// words is matched on the name's last two.
var eventHeads = map[string]bool{
	"awards": true, "festival": true, "gala": true, "contest": true, "war": true,
	"expo": true, "carnival": true, "parade": true, "fashion week": true,
}

// namedEvents retypes as events the names of two words or more that end in
// an event's head word.
func (x *extractor) namedEvents() {
	var bodies []string // the article's bodies, asked for once
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.bend > 0 || m.typ == Person || m.typ == Event || m.typ == Country {
			continue
		}
		s := &x.sents[m.sent]
		end := m.end
		if x.lowerAwards(m) {
			end++ // "the Grammy awards"
		}
		if end-m.start < 2 {
			continue
		}
		last := s.lower(end - 1)
		if !eventHeads[last] && !eventHeads[s.lower(m.end-2)+" "+last] {
			continue
		}
		if end-m.start == 2 && eventHeads[s.lower(end-2)+" "+last] {
			continue // "Fashion Week" alone: which one?
		}
		if end < len(s.toks) && (gazetteer.Capitalised(s.toks[end].Text) || s.toks[end].Text[0] >= '0' && s.toks[end].Text[0] <= '9') {
			continue // cut off: "World War I-era", "Expo 2020"
		}
		if _, ok := orgLookup(m.name); ok {
			continue
		}
		if w := s.toks[m.start].Text; m.end-m.start > 2 && (s.lower(m.start+1) == "of" || s.lower(m.start+1) == "for") && (gazetteer.IsOrgHead(w) || gazetteer.IsOrgSuffix(w)) {
			continue // a body's "HEAD of/for X": "Institute for the Study of War"
		}
		if bodies == nil {
			bodies = x.bodyNames()
		}
		if startsAny(bodies, m.name+" ") {
			continue // a firm's short name: "Festival Records Ltd"
		}
		start := x.pluralPossessorBefore(m) // event_name_possessors.go
		if end > m.end || start < m.start {
			x.respan(k, start, end, Event)
		}
		m.typ = Event
		m.sure = true
	}
}

// lowerAwards reports whether the name of mention m is followed by a
// lower-case "awards" that ends the phrase, after "the": the award show
// the wire names in lower case ("at the Grammy awards on Sunday"), not the
// prizes ("two Grammy awards", "the Grammy awards ceremony").
func (x *extractor) lowerAwards(m *mention) bool {
	s := &x.sents[m.sent]
	e := m.end
	if m.start == 0 || s.lower(m.start-1) != "the" || e >= len(s.toks) || s.owner[e] >= 0 || s.toks[e].Text != "awards" {
		return false
	}
	return e+1 == len(s.toks) || !strings.HasPrefix(s.toks[e+1].Tag, "NN")
}
