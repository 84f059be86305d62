// Events of Spanish, French and German text: a gathering named by a noun of
// foreignEventNouns and the people named in its sentences.

package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// foreignEventNouns are the nouns of a gathering in Spanish, French and
// German: "la ceremonia", "la sesión plenaria", "die Pressekonferenz".
var foreignEventNouns = wordMap("foreignEventNouns")

// foreignDefinite are the definite articles and demonstratives that make a
// gathering's noun one told of before: "la ceremonia", "die Sitzung".
var foreignDefinite = map[string]bool{"la": true, "el": true, "esta": true, "este": true, "dicha": true, "dicho": true, "le": true, "cette": true, "ce": true, "die": true, "der": true, "das": true, "dem": true, "den": true, "diese": true, "dieser": true}

// foreignNegations say a sentence's people were not there: "no asistió a
// la ceremonia", "nicht an der Sitzung".
var foreignNegations = map[string]bool{"no": true, "ni": true, "nunca": true, "sin": true, "ne": true, "pas": true, "jamais": true, "sans": true, "nicht": true, "kein": true, "keine": true, "keinen": true, "ohne": true}

// foreignEventNoun reports whether token i of sentence si names a
// gathering: a noun of foreignEventNouns written as a noun (capitalised in
// German, lower case elsewhere), "acto" not as in "acto de violencia", and
// "conferencia"/"rueda"/"conférence" only of the press ("rueda de prensa").
func (x *extractor) foreignEventNoun(si, i int) bool {
	s := &x.sents[si]
	lw := s.lower(i)
	if _, ok := foreignEventNouns[lw]; !ok || s.owner[i] >= 0 {
		return false
	}
	next := func(k int) string {
		if i+k < len(s.toks) {
			return s.lower(i + k)
		}
		return ""
	}
	switch lw {
	case "acto":
		return next(1) != "de"
	case "conferencia", "rueda", "conférence":
		return next(1) == "de" && next(2) == "prensa" || next(1) == "de" && next(2) == "presse"
	case "treffen":
		// "auf Williams treffen": the verb, written in lower case
		return s.toks[i].Text == "Treffen" && i > 0 && foreignDefinite[s.lower(i-1)] || s.toks[i].Text == "Treffen" && i > 0 && (s.lower(i-1) == "ein" || s.lower(i-1) == "einem")
	}
	return true
}

// foreignEvents reads the gatherings of foreign text: each sentence naming
// one makes an event, or adds to the one told of before when its noun is
// definite ("con un acto ..." then "en la ceremonia ..."); its attendees
// are the people named in the sentence, unless a negation comes shortly
// before the noun.
func (x *extractor) foreignEvents() {
	var last *event
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		first, definite := -1, false
		for i := range s.toks {
			if x.foreignEventNoun(si, i) {
				first = i
				definite = i > 0 && (foreignDefinite[s.lower(i-1)] || i > 1 && foreignDefinite[s.lower(i-2)])
				break
			}
		}
		if first < 0 {
			continue
		}
		// "no asistió a la ceremonia": a negation shortly before the noun
		negated := false
		for i := max(first-5, 0); i < first; i++ {
			if foreignNegations[s.lower(i)] {
				negated = true
			}
		}
		ev := last
		if ev == nil || !definite {
			ev = &event{group: groupConference, dateSent: -1, entity: -1, word: s.lower(first), foreign: true}
			x.events = append(x.events, ev)
			last = ev
		}
		ev.triggers = append(ev.triggers, trigger{si, first, first + 1})
		if foreignEventNouns[s.lower(first)] == "attend" {
			ev.attendOnly = true
		}
		if negated {
			continue
		}
		for _, k := range s.mentions {
			m := &x.mentions[k]
			if m.ent < 0 {
				continue
			}
			switch {
			case x.ents[m.ent].typ == Person:
				ev.addAttendee(m.ent, si)
				ev.own = true
			case isPlace(x.ents[m.ent].typ) && m.start > first && m.start-first <= 8 && m.start > 0 && foreignPlacePreps[s.lower(m.start-1)] && ev.location == nil:
				ev.location = &evFact{m.ent, si}
			case isPlace(x.ents[m.ent].typ) && m.start > first+1 && m.start-first <= 8 && m.start > 1 && foreignPlacePreps[s.lower(m.start-2)] && foreignArticles[s.lower(m.start-1)] && ev.location == nil:
				ev.location = &evFact{m.ent, si} // "en el Teatro Nacional"
			}
		}
	}
}

// emitForeignMet links the people of a foreign gathering by met: they were
// there together, at a meeting or a ceremony, not only attending a sitting
// or a press conference (attendOnly). The evidence is the later sentence of
// the two.
func (x *extractor) emitForeignMet(ev *event, people []evFact) {
	if ev.attendOnly {
		return
	}
	for i := 0; i < len(people); i++ {
		for j := i + 1; j < len(people); j++ {
			a, b := people[i], people[j]
			if a.ent == b.ent || x.ents[a.ent].typ != Person || x.ents[b.ent].typ != Person {
				continue
			}
			x.addFact(a.ent, vocab.PMet, b.ent, "", max(a.sent, b.sent))
		}
	}
}

// foreignMeetVerbs are the verbs of Spanish, French and German whose
// subject and the person "con"/"avec"/"mit" (or its object) met; "con"
// marks those that need it ("habló con", not "habló de").
var foreignMeetVerbs = map[string]string{
	"reunió": "con", "reunieron": "con", "entrevistó": "con", "conversó": "con", "habló": "con", "dialogó": "con", "conversaron": "con", "dialogaron": "con",
	"rencontré": "", "rencontrée": "", "rencontra": "", "entretenu": "avec",
	"getroffen": "", "traf": "", "trafen": "",
}

// foreignMeetings reads "X se reunió con Y", "X habló en el escenario con
// Y", "X hat Y getroffen": a sentence with a meeting verb (with its "con"
// within six words after it) and two people named, no more, no fewer, and
// no negation shortly before the verb, is their meeting. "auf" before a
// person in the sentence makes "treffen" facing someone ("trifft auf
// Williams"), no meeting; "auf den Grund gehen" does not.
func (x *extractor) foreignMeetings() {
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		v := -1
		for i := range s.toks {
			need, ok := foreignMeetVerbs[s.lower(i)]
			if !ok || s.owner[i] >= 0 {
				continue
			}
			if need != "" {
				found := false
				for k := i + 1; k < len(s.toks) && k <= i+6; k++ {
					found = found || s.lower(k) == need
				}
				if !found {
					continue
				}
			}
			v = i
			break
		}
		if v < 0 {
			continue
		}
		negated := false
		for i := range s.toks {
			if i >= v-5 && i < v && foreignNegations[s.lower(i)] || s.lower(i) == "auf" && x.facedAt(si, i+1) {
				negated = true
			}
		}
		if negated {
			continue
		}
		var people []int
		for _, k := range s.mentions {
			if m := &x.mentions[k]; m.ent >= 0 && x.ents[m.ent].typ == Person && !slices.Contains(people, m.ent) {
				people = append(people, m.ent)
			}
		}
		if len(people) != 2 {
			continue
		}
		// a talk told with no place or date of its own in the story of a
		// ceremony told before took place there ("habló en el escenario
		// con ...")
		var ev *event
		if at := x.lastForeignGathering(si); at != nil && len(s.dates) == 0 && !x.placeIn(si) {
			ev = at
		} else {
			ev = &event{group: groupTalks, dateSent: -1, entity: -1, word: "meeting", verb: true, own: true, foreign: true}
			x.events = append(x.events, ev)
		}
		ev.triggers = append(ev.triggers, trigger{si, v, v + 1})
		for _, p := range people {
			ev.addAttendee(p, si)
		}
	}
}

// lastForeignGathering returns the last gathering read by foreignEvents
// before sentence si, when its people met there (a ceremony, a meeting),
// or nil.
func (x *extractor) lastForeignGathering(si int) *event {
	for k := len(x.events) - 1; k >= 0; k-- {
		if ev := x.events[k]; ev.foreign && !ev.verb && ev.triggers[0].sent < si {
			if ev.attendOnly {
				return nil
			}
			return ev
		}
	}
	return nil
}

// placeIn reports whether sentence si names a place.
func (x *extractor) placeIn(si int) bool {
	for _, k := range x.sents[si].mentions {
		if m := &x.mentions[k]; m.ent >= 0 && isPlace(x.ents[m.ent].typ) {
			return true
		}
	}
	return false
}

// facedAt reports whether a person is named at token j, past an article:
// "auf Williams", "auf den Briten Williams".
func (x *extractor) facedAt(si, j int) bool {
	s := &x.sents[si]
	for k := j; k < len(s.toks) && k < j+3; k++ {
		if m := x.mentionAt(si, k); m != nil && m.ent >= 0 && x.ents[m.ent].typ == Person {
			return true
		}
	}
	return false
}
