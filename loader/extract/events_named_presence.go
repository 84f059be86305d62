// Attendance at a named event told by a verb of presence: "Dion appeared
// at Paris Fashion Week", "Smith was at the Cannes Film Festival", "she
// took part in the Summit of the Americas", "he attended the Met Gala".
// The names the recogniser types as events (names_events.go, a festival,
// a gala, a fashion week) are no trigger of the events stage, so nothing
// read their attendees but a performer's show (events_shows.go).

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// partNouns follow "take" to say its subject takes part: "took part in".
var partNouns = map[string]bool{"part": true}

// takeVerbs are the forms of "take" before "part in".
var takeVerbs = map[string]bool{"take": true, "takes": true, "took": true, "taking": true, "taken": true}

// participateVerbs take "in" and the event their subject takes part in.
var participateVerbs = map[string]bool{"participate": true, "participates": true, "participated": true, "participating": true}

// attendVerbs take the event their subject is at as their object.
var attendVerbs = map[string]bool{"attend": true, "attends": true, "attended": true, "attending": true}

// sightVerbs, passive after a form of "be", put their subject at the
// event after "at": "was spotted at the Met Gala".
var sightVerbs = map[string]bool{"spotted": true, "seen": true, "photographed": true, "pictured": true}

// namedEventPresence makes the people of the subject of a verb of presence
// attendees of the named event it governs, in sentence si. Not in a sports
// story, as a performer's show is not read there (events_shows.go), nor
// for a contest (names_contests.go): a runner who "will take part in the
// Great Ireland Run" competes in a race.
func (x *extractor) namedEventPresence(si int, sports bool) {
	if sports {
		return
	}
	s := &x.sents[si]
	toks := s.toks
	for _, k := range s.mentions {
		m := &x.mentions[k]
		if m.ent < 0 || x.ents[m.ent].typ != Event || m.start < 2 || x.contestName(m.ent) {
			continue
		}
		v := x.presenceVerbBefore(si, m.start)
		if v < 0 || negated(toks, v) {
			continue
		}
		if toks[v].Tag == "VBG" && (v == 0 || !beVerbs[s.lower(v-1)]) {
			continue // "after attending the festival", "plans for participating in": no subject of its own
		}
		for _, p := range x.subjectBefore(si, v) {
			if x.ents[p].typ == Person && x.namedBetween(p, si, 0, v) {
				x.addFact(m.ent, vocab.PAttendee, p, "", si)
			}
		}
	}
}

// presenceVerbBefore returns the verb that puts its subject at the event
// named from token start ("appeared at", "was at", "took part in",
// "participated in", "attended"), past "the" and a possessive year
// ("this year's"), or -1.
func (x *extractor) presenceVerbBefore(si, start int) int {
	s := &x.sents[si]
	toks := s.toks
	j := start - 1
	if w := s.lower(j); w == "the" {
		j--
	} else if toks[j].Tag == "POS" && j >= 2 && (s.lower(j-1) == "year" && (s.lower(j-2) == "this" || s.lower(j-2) == "last") || s.lower(j-1) == "week") {
		j -= 3 // "this year's Met Gala"
	}
	if j < 1 {
		return -1
	}
	prep := s.lower(j)
	v := j - 1
	for v > 0 && toks[v].Tag == "RB" {
		v-- // "appeared briefly at"
	}
	vw := s.lower(v)
	switch {
	case attendVerbs[prep] && strings.HasPrefix(toks[j].Tag, "VB"):
		return j // "attended the Met Gala": the verb right before the name
	case prep == "at" && (presenceVerbs[vw] || beVerbs[vw] && v == j-1):
		return v // "appeared at", "was at"
	case prep == "at" && sightVerbs[vw] && v > 0 && beVerbs[s.lower(v-1)]:
		return v - 1 // "was spotted at"
	case prep == "in" && participateVerbs[vw]:
		return v // "participated in"
	case prep == "in" && partNouns[vw] && v > 0 && takeVerbs[s.lower(v-1)]:
		return v - 1 // "took part in"
	}
	return -1
}

// partIn reports whether verb v takes part in the event phrase from token
// start: "participated in the summit", "took part in the conference",
// with nothing but adverbs between.
func (x *extractor) partIn(si, v, start int) bool {
	s := &x.sents[si]
	toks := s.toks
	if start < 1 || v >= start || s.lower(start-1) != "in" {
		return false
	}
	vw := s.lower(v)
	switch {
	case participateVerbs[vw]:
		return onlyAdverbs(toks, v+1, start-1)
	case takeVerbs[vw]:
		return v+2 < start && partNouns[s.lower(v+1)] && onlyAdverbs(toks, v+2, start-1)
	}
	return false
}

// contestName reports whether entity e is named as a contest is, by its
// last word: "the Great Ireland Run", "the Australian Open".
func (x *extractor) contestName(e int) bool {
	name := x.ents[e].name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	return lowerIn(contestHeads, name) != ""
}
