// Where a named event is held: "attended the World Economic Forum in
// Davos", "the Cannes Film Festival in Cannes". The names the recogniser
// types as events (names_events.go, names_gathering_presence.go) are no
// trigger of the events stage, so nothing read their place: a place's name
// right after the event's name and "in" is where it is held, when the
// phrase ends there (a stop, a date's word or a clause's comma follows).

package extract

import "github.com/newsgraph/newsgraph/graph/vocab"

// namedEventPlaces gives the named events of sentence si the place named
// right after them (see the file's comment).
func (x *extractor) namedEventPlaces(si int) {
	s := &x.sents[si]
	toks := s.toks
	for _, k := range s.mentions {
		m := &x.mentions[k]
		if m.ent < 0 || x.ents[m.ent].typ != Event || x.ents[m.ent].event != nil || m.end+1 >= len(toks) || s.lower(m.end) != "in" {
			continue
		}
		p := x.mentionAt(si, m.end+1)
		if p == nil || p.start != m.end+1 || p.ent < 0 || !isPlace(x.ents[p.ent].typ) {
			continue
		}
		if e := p.end; e < len(toks) && !namedPlaceEnd(s, e) {
			continue // "the festival in Cannes's old port", "in Davos hotels"
		}
		x.addFact(m.ent, vocab.PLocation, p.ent, "", si)
	}
}

// namedPlaceEnd reports whether token e ends a place's phrase: a stop, a
// comma, or a word that opens a date or a clause ("on", "this", "last",
// "next", "which", "where", "and").
func namedPlaceEnd(s *sentence, e int) bool {
	switch s.lower(e) {
	case ".", ",", ";", ":", "on", "this", "last", "next", "which", "where", "and", "from", "earlier", "later", "in", "at", "during":
		return true
	}
	return dateAt(s.dates, e) != nil
}
