// Journeys "for talks": "Thatcher will visit Washington next month for
// talks with Reagan", "Nakasone leaves for Washington on April 29 for talks
// with Reagan", "Aqazadeh is expected here on Friday for talks with Nabi",
// "Smith is in Tokyo for talks with Kuroda": who goes or is somewhere for
// the talks takes part in them, though a place and a date stand between the
// verb and the talks.

package extract

import "strings"

// journeyVisitVerbs visit a place named as their object: "visit Washington
// for talks".
var journeyVisitVerbs = map[string]bool{"visit": true, "visits": true, "visited": true, "visiting": true}

// journeyStateWords follow a form of "be" and tell where or when one comes:
// "is expected here", "is due in Tokyo", "is in Tokyo", "was here".
var journeyStateWords = map[string]bool{"expected": true, "due": true, "in": true, "here": true, "there": true, "at": true}

// journeyFor reports whether verb v takes its subject to the event phrase
// at start (head at head), with "for" right before the phrase and only the
// journey's place and date between: a verb of motion ("leaves for
// Washington on April 29 for talks"), a visit of a place for talks with
// someone ("will visit Washington next month for talks with Reagan"), or a
// form of "be" with "expected", "due", "here" or "in" ("is expected here on
// Friday for talks", "is in Tokyo for talks"). It also gives ev the place
// named, when ev has none and the verb is no visit.
func (x *extractor) journeyFor(si, v, start, head int, ev *event) bool {
	s := &x.sents[si]
	toks := s.toks
	if start < 2 || v+1 >= start || lower(toks[start-1].Text) != "for" || !strings.HasPrefix(toks[v].Tag, "VB") {
		return false
	}
	vw := lower(toks[v].Text)
	from := v + 1
	switch {
	case motionVerbs[vw]:
	case journeyVisitVerbs[vw]:
		// "will visit Washington on April 29 for talks on trade": the
		// visit told, its talks with no one named no other event
		if head+1 >= len(toks) || lower(toks[head+1].Text) != "with" {
			return false
		}
	case vw == "expected" && v > 0 && beVerbs[lower(toks[v-1].Text)]:
	case beVerbs[vw] && journeyStateWords[lower(toks[v+1].Text)]:
		if w := lower(toks[v+1].Text); w == "expected" || w == "due" {
			from = v + 2
		}
	default:
		return false
	}
	place := -1
	for k := from; k < start-1; k++ {
		if m := x.mentionAt(si, k); m != nil && m.start == k {
			if m.ent < 0 || !isPlace(x.ents[m.ent].typ) || m.demonym {
				return false // "visit Smith for talks", "leave the company for talks"
			}
			if place < 0 && (k == v+1 && journeyVisitVerbs[vw] || k > from && journeyPrep(lower(toks[k-1].Text))) {
				place = m.ent
			}
			k = m.end - 1
			continue
		}
		if !x.journeyWord(si, k) {
			return false
		}
	}
	// The place of "visit Washington for talks" is the visit's (a visit
	// event of its own): the talks held at it would absorb that visit
	// (mergeVisits), and a visit is told.
	if place >= 0 && ev.location == nil && !journeyVisitVerbs[vw] {
		ev.location = &evFact{place, si}
	}
	return true
}

// journeyPrep opens the journey's destination: "to Moscow", "in Tokyo",
// "for Washington".
func journeyPrep(w string) bool { return w == "to" || w == "in" || w == "for" }

// journeyWord reports whether token k of sentence si may stand in a journey
// between its verb and "for talks": a preposition of place or time, "here",
// an adverb, or a word of a date ("on April 29", "next month").
func (x *extractor) journeyWord(si, k int) bool {
	s := &x.sents[si]
	for _, d := range s.dates {
		if k >= d.Start && k < d.End {
			return true
		}
	}
	switch lower(s.toks[k].Text) {
	case "to", "in", "for", "on", "at", "here", "there", "the", "next", "this", "last", "later", "early", "late", "week", "month", "today", "tomorrow", "tonight":
		return true
	}
	return s.toks[k].Tag == "RB"
}

// journeySide reports whether the people who make a journey with verb vw
// ("Yeutter and Lyng will visit Tokyo for talks", "Baker and Volcker are
// in Tokyo for talks") go together, one side of the talks: a visit or a
// stay. Those who "arrive" or "fly" for talks may be its two sides.
func journeySide(vw string) bool {
	return journeyVisitVerbs[vw] || beVerbs[vw] || vw == "expected"
}
