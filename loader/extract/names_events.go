package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// Named events that are no sporting contest (names_contests.go) nor a
// meeting (the events stage): award shows, festivals, galas, wars, fairs of
// a trade ("the Billboard Music Awards", "the Eurovision Song Contest", "the
// Met Gala", "the Iraq War", "Paris Fashion Week"), which the recogniser
// reads as bodies or places. A name is one by its last words (eventHeads);
// a body the gazetteer knows keeps its type, and so does a person.

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
		if m.demonym || m.nominal || m.bend > 0 || m.typ == Person || m.typ == Event || m.typ == Country || m.end-m.start < 2 {
			continue
		}
		s := &x.sents[m.sent]
		last := s.lower(m.end - 1)
		if !eventHeads[last] && !eventHeads[s.lower(m.end-2)+" "+last] {
			continue
		}
		if m.end-m.start == 2 && eventHeads[s.lower(m.end-2)+" "+last] {
			continue // "Fashion Week" alone: which one?
		}
		if m.end < len(s.toks) && (gazetteer.Capitalised(s.toks[m.end].Text) || s.toks[m.end].Text[0] >= '0' && s.toks[m.end].Text[0] <= '9') {
			continue // cut off: "World War I-era", "Expo 2020"
		}
		if _, ok := orgLookup(m.name); ok {
			continue
		}
		if bodies == nil {
			bodies = x.bodyNames()
		}
		if startsAny(bodies, m.name+" ") {
			continue // a firm's short name: "Festival Records Ltd"
		}
		m.typ = Event
		m.sure = true
	}
}
