package extract

import (
	"sort"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// emit writes the entities, events and facts into the Document: events
// without participants and entities named only by a national adjective
// that no fact uses are left out; two attendees of an event are linked by
// met.
func (x *extractor) emit() {
	x.emitEvents()
	// Which entities to keep: named by a name (not only an adjective), or
	// used by a fact.
	used := map[int]bool{}
	for _, k := range x.order {
		used[k.s] = true
		if k.o >= 0 {
			used[k.o] = true
		}
	}
	keep := make([]int, len(x.ents))
	n := 0
	for i, e := range x.ents {
		keep[i] = -1
		// an event is kept for its meeting, or for its name ("the
		// Australian Open", names_contests.go)
		if e.typ == Event && e.event == nil && !x.strong(i) {
			continue
		}
		if len(e.mentions) == 0 && !used[i] {
			continue
		}
		if e.typ != Event && !x.strong(i) && !used[i] {
			continue
		}
		keep[i] = n
		n++
	}
	doc := x.doc
	doc.Entities = make([]Entity, 0, n)
	for i, e := range x.ents {
		if keep[i] < 0 {
			continue
		}
		out := Entity{Type: e.typ, Name: e.name, Aliases: e.aliases}
		for _, k := range e.mentions {
			m := &x.mentions[k]
			toks := x.sents[m.sent].toks
			st, en := toks[m.start].Start, toks[m.end-1].End
			if m.bend > 0 {
				st, en = m.bstart, m.bend
			}
			out.Mentions = append(out.Mentions, Mention{Sentence: m.sent, Start: st, End: en})
		}
		sort.Slice(out.Mentions, func(a, b int) bool { return out.Mentions[a].Start < out.Mentions[b].Start })
		doc.Entities = append(doc.Entities, out)
	}
	// sentences each kept entity is mentioned in
	in := make([]map[int]bool, len(doc.Entities))
	for i, e := range doc.Entities {
		in[i] = map[int]bool{}
		for _, m := range e.Mentions {
			in[i][m.Sentence] = true
		}
	}
	for _, k := range x.order {
		if keep[k.s] < 0 || k.o >= 0 && keep[k.o] < 0 {
			continue
		}
		// a job title and an affiliation are a person's: "lead manager Amro
		// bank", "Dinesh Keskar, senior vice president Boeing" read as the
		// firm's, or a unit "of" its parent, are not
		if (k.p == vocab.PJobTitle || k.p == vocab.PAffiliation) && x.ents[k.s].typ != Person {
			continue
		}
		f := Fact{Subject: keep[k.s], Predicate: k.p.Local(), Object: -1, Literal: k.lit, Sentence: x.facts[k]}
		if k.o >= 0 {
			f.Object = keep[k.o]
		}
		// The evidence must name the subject or the object (a pronoun the
		// extractor resolved to it counts; a capital standing for a
		// country does not): else the first sentence that does.
		// A fact between two entities wants a sentence naming both: its
		// own, else the nearest one that does, else (when only one party
		// is named) the first that names the object, the party attached
		// later.
		if f.Object >= 0 && !(in[f.Subject][f.Sentence] && in[f.Object][f.Sentence]) {
			if k.p == vocab.PMet {
				// the sentence that reads the meeting (metEvidence), which
				// names one of them when the other is a pronoun (recorded
				// as its mention when the extractor resolved it)
				ns := x.namedIn(in, keep, k.s, f.Sentence, true)
				if no := x.namedIn(in, keep, k.o, f.Sentence, true); !ns && !no {
					continue
				}
			} else if x.namedIn(in, keep, k.s, f.Sentence, false) && x.namedIn(in, keep, k.o, f.Sentence, false) {
				// the sentence it was read in, through a pronoun the
				// extractor resolved: "In his talks with Kurihara"
				x.namedIn(in, keep, k.s, f.Sentence, true)
				x.namedIn(in, keep, k.o, f.Sentence, true)
			} else if s := bothSentence(in[f.Subject], in[f.Object], f.Sentence); s >= 0 {
				f.Sentence = s
			} else if !in[f.Object][f.Sentence] {
				f.Sentence = firstSentence(doc.Entities[f.Object], f.Sentence)
			}
		}
		// a literal keeps its own sentence when that names the subject or
		// refers to it by a resolved pronoun ("he was named chairman")
		if f.Object < 0 && !x.namedIn(in, keep, k.s, f.Sentence, true) || f.Object >= 0 && !in[f.Subject][f.Sentence] && !in[f.Object][f.Sentence] {
			f.Sentence = firstSentence(doc.Entities[f.Subject], f.Sentence)
		}
		doc.Facts = append(doc.Facts, f)
	}
}

// emitEvents makes an entity of each event worth keeping and writes its facts.
func (x *extractor) emitEvents() {
	// Events into entities and facts.
	subs := x.subEvents() // event_sub_attendees.go
	for _, ev := range x.events {
		if ev.merged != nil {
			continue
		}
		x.dropNonParties(ev)                // event_nonparties.go
		if x.lonePlaceParty(ev, subs[ev]) { // event_lone_place.go
			ev.attendees = nil
		}
		// a named event needs no participants when its place or date is
		// told: "the Summit of the Americas in Los Angeles on June 8"
		if len(ev.attendees) == 0 && len(ev.organizer) == 0 && len(x.subAttendees(ev, subs[ev])) == 0 && (ev.name == "" || ev.location == nil && ev.date == "") {
			continue
		}
		if x.fixtureOfSides(ev) || x.unheldEvent(ev) || x.meetTarget(ev) || x.fixtureMeeting(ev, x.sportsStory()) || x.playersFixture(ev, x.sportsStory()) || x.noEventHeld(ev, x.sportsStory()) { // clubs_fixtures.go, event_unheld.go, event_meet_targets.go, event_fixtures_sport.go, event_fixtures_players.go, event_nonevents.go
			continue
		}
		idx := len(x.ents)
		e := &entity{typ: Event, name: ev.name, event: ev, key: "E:" + ev.name}
		x.ents = append(x.ents, e)
		for _, tr := range ev.triggers {
			k := len(x.mentions)
			x.mentions = append(x.mentions, mention{sent: tr.sent, start: tr.start, end: tr.end, typ: Event, ent: idx})
			e.mentions = append(e.mentions, k)
		}
		ev.entity = idx
	}
	sports := x.sportsStory()
	for _, ev := range x.events {
		if ev.merged != nil || ev.entity < 0 {
			continue
		}
		id := ev.entity
		for _, a := range ev.attendees {
			x.addFact(id, vocab.PAttendee, a.ent, "", a.sent)
		}
		for _, a := range x.subAttendees(ev, subs[ev]) { // event_sub_attendees.go: no met with all there
			x.addFact(id, vocab.PAttendee, a.ent, "", a.sent)
		}
		for _, a := range ev.organizer {
			x.addFact(id, vocab.POrganizer, a.ent, "", a.sent)
		}
		// a host attends: "Kohl invited the Commission for talks"
		people := ev.attendees
		for _, h := range ev.hosts {
			x.addFact(id, vocab.PAttendee, h.ent, "", h.sent)
			people = append(people[:len(people):len(people)], h)
		}
		loc := ev.location
		if loc == nil && ev.super != nil && ev.super.root().location != nil {
			loc = ev.super.root().location
		}
		if loc != nil {
			x.addFact(id, vocab.PLocation, loc.ent, "", loc.sent)
		}
		if ev.date != "" {
			x.addFact(id, vocab.PStartDate, -1, ev.date, ev.dateSent)
		}
		if ev.super != nil {
			sup := ev.super.root()
			if sup != ev && sup.entity >= 0 {
				x.addFact(id, vocab.PSuperEvent, sup.entity, "", ev.superSent)
			}
		}
		x.emitMet(ev, people, sports)
	}
}

// firstSentence returns the sentence of e's first mention at or after
// sentence def, else of its first mention, else def.
func firstSentence(e Entity, def int) int {
	best := -1
	for _, m := range e.Mentions {
		if m.Sentence >= def && (best < 0 || m.Sentence < best) {
			best = m.Sentence
		}
	}
	if best >= 0 {
		return best
	}
	if len(e.Mentions) > 0 {
		return e.Mentions[0].Sentence
	}
	return def
}

// bothSentence returns the sentence nearest def (the later one on a tie)
// that is in both sets, or -1.
func bothSentence(a, b map[int]bool, def int) int {
	best := -1
	for s := range a {
		if !b[s] {
			continue
		}
		if best < 0 || abs(s-def) < abs(best-def) || abs(s-def) == abs(best-def) && s > best {
			best = s
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
