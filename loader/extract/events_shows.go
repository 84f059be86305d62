// Shows and tour dates of arts news: a performer who "performed at
// Madison Square Garden in New York on Friday", "headlined the festival
// in Glastonbury", "will play Sydney on April 17" attends a show there,
// then. Performers of one show are on its bill; they did not meet.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// showVerbs tell a performer's show; playVerbs take the place they are
// played in as their object ("will play Sydney").
var (
	showVerbs = map[string]bool{"performed": true, "performs": true, "perform": true, "performing": true,
		"headlined": true, "headlines": true, "headline": true, "headlining": true}
	playVerbs = map[string]bool{"play": true, "plays": true, "played": true, "playing": true}
)

// showEvents reads the shows of sentence si: one event for each show verb
// with people as its subject and a place or venue after it, with that
// place and the date of its clause. Not in a sports story.
func (x *extractor) showEvents(si int, sports bool) {
	if sports {
		return
	}
	s := &x.sents[si]
	toks := s.toks
	for v := 1; v+1 < len(toks); v++ {
		lw := s.lower(v)
		if !strings.HasPrefix(toks[v].Tag, "VB") || !s.in(v, tlShowVerbs) && !s.in(v, tlPlayVerbs) || negated(toks, v) {
			continue
		}
		if toks[v].Tag == "VBG" && !beVerbs[s.lower(v-1)] {
			continue // "trying to prevent Nelly performing in Arkansas"
		}
		j := v + 1
		if showVerbs[lw] && s.lower(j) != "at" && s.lower(j) != "in" {
			// "headlined the festival in Glastonbury": past the gathering noun
			if s.lower(j) == "the" && j+1 < len(toks) && gatheringWords[s.lower(j+1)] {
				j += 2
			} else if !strings.HasPrefix(lw, "head") {
				continue
			}
		}
		if playVerbs[lw] {
			// "will play Sydney on April 17": a city as the object
			m := x.mentionAt(si, j)
			if m == nil || m.start != j || m.ent < 0 || x.ents[m.ent].typ != City {
				continue
			}
		}
		// a band is named as a body: it performs "at" a venue or headlines
		bands := s.lower(v+1) == "at" || strings.HasPrefix(lw, "head")
		people := x.performers(si, v, bands)
		if len(people) == 0 {
			continue
		}
		at := j + 1
		if s.lower(at) == "the" {
			at++
		}
		if m := x.mentionAt(si, at); s.lower(j) == "at" && m != nil && m.ent >= 0 && x.ents[m.ent].typ == Event {
			// "performed at the Grammy Awards": the named event's
			for _, p := range people {
				x.addFact(m.ent, vocab.PAttendee, p, "", si)
			}
			continue
		}
		ev := &event{group: groupConference, dateSent: -1, entity: -1, word: "show", verb: true, own: true}
		ev.triggers = append(ev.triggers, trigger{si, v, v + 1})
		for _, p := range people {
			ev.addAttendee(p, si)
		}
		x.showPlaceDate(si, j, ev)
		if ev.location == nil && ev.date == "" || playVerbs[lw] && ev.date == "" {
			continue // "performed well", "who played Chandler": no show told
		}
		x.events = append(x.events, ev)
	}
}

// gatheringWords are the shows a performer headlines.
var gatheringWords = map[string]bool{"festival": true, "show": true, "concert": true, "gala": true, "event": true, "bill": true, "tour": true}

// performers returns the people of the subject of show verb v, and its
// bodies (bands) when bands is set: a subject that ends right before the
// verb, past auxiliaries and adverbs ("U2 will also perform").
func (x *extractor) performers(si, v int, bands bool) []int {
	s := &x.sents[si]
	k := v - 1
	for k >= 0 && (s.toks[k].Tag == "MD" || s.toks[k].Tag == "RB" || s.toks[k].Tag == "TO" || strings.HasPrefix(s.toks[k].Tag, "VB")) {
		k--
	}
	if m := x.mentionAt(si, k); m == nil || m.end != k+1 {
		return nil
	}
	// the subject is named in the verb's own clause ("U2 will play
	// Hampden on 21 June while Oasis will perform": Oasis's)
	b := k
	for b >= 0 && !showClauseOpeners[s.lower(b)] {
		b--
	}
	var out []int
	for _, e := range x.subjectBefore(si, v) {
		if e >= 0 && (x.ents[e].typ == Person || bands && x.ents[e].typ == Organization) && x.namedBetween(e, si, b+1, v) {
			out = append(out, e)
		}
	}
	return out
}

// showPlaceDate gives ev the first place or venue of the clause from token
// j ("at Madison Square Garden in New York", "Sydney") and its date: the
// city over its venue when both are named.
func (x *extractor) showPlaceDate(si, j int, ev *event) {
	s := &x.sents[si]
	toks := s.toks
	end := min(len(toks), j+14)
	for k := j; k < end; k++ {
		if t := toks[k].Text; t == ";" || t == "and" || strings.HasPrefix(toks[k].Tag, "VB") {
			end = k
			break
		}
	}
	ev.dateIn(s, si, j, end)
	for k := j; k < end; k++ {
		m := x.mentionAt(si, k)
		if m == nil || m.start != k || m.ent < 0 {
			continue
		}
		k = m.end - 1
		if isPlace(x.ents[m.ent].typ) {
			ev.location = &evFact{m.ent, si}
			return
		}
		if ev.location == nil && x.venue(m) {
			ev.location = &evFact{m.ent, si}
		}
	}
}

// showClauseOpeners open a clause of their own inside a sentence.
var showClauseOpeners = map[string]bool{"while": true, "whereas": true, "but": true, ";": true, "who": true, "which": true, "when": true}

// namedBetween reports whether entity e is named in tokens [i, j) of sentence si.
func (x *extractor) namedBetween(e, si, i, j int) bool {
	for _, k := range x.sents[si].mentions {
		if m := &x.mentions[k]; m.ent == e && m.start >= i && m.end <= j {
			return true
		}
	}
	return false
}
