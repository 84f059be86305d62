// Event merging: mentions of one event across sentences become one event.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// mergeWindow is how many events before or after an event are looked at for
// one it may repeat. News articles tell of far fewer; the bound keeps a
// hostile text with thousands of event words from taking quadratic time.
const mergeWindow = 64

// mergeEvents joins mentions of one event: an anaphor ("the meeting",
// "talks in Geneva") with the last event of its kind that has
// participants, and events whose parties are the same (the parties of one
// being the people of the other's countries or bodies).
func (x *extractor) mergeEvents() {
	evs := x.events
	// Anaphors.
	for k, ev := range evs {
		// "an official visit to Argentina" ... "Weizsaecker's visit": a
		// visit without a visitor is the article's visit.
		if ev.own || ev.name != "" || ev.indef && ev.group != groupVisit || len(ev.organizer) > 0 {
			continue
		}
		var ante *event
		for j := k - 1; j >= 0 && j >= k-mergeWindow; j-- {
			p := evs[j].root()
			// an event told only as unheld is no antecedent: "an early
			// meeting was unlikely ... the last meeting in Washington"
			if p.name == "" && p.own && compatibleGroup(p.group, ev.group) && p != ev && !x.comingAndPast(p, ev) && !x.unheldEvent(p) && !x.pastAndApart(p, ev) {
				ante = p
				break
			}
		}
		if ante == nil {
			for j := k + 1; j < len(evs) && j <= k+mergeWindow; j++ {
				p := evs[j].root()
				if p.name == "" && p.own && compatibleGroup(p.group, ev.group) && p != ev && !x.comingAndPast(ev, p) && !x.comingAndPast(p, ev) && !x.pastAndApart(p, ev) {
					ante = p
					break
				}
			}
		}
		// "a securities analysts meeting" ... "the company's April 27
		// annual shareholders meeting": two meetings (a definite mention
		// with a common noun of its own before its head is the one so
		// named; not "the Uruguay meeting" after "Uruguay round talks")
		// "after the Association of Tin Producing Countries meeting April
		// 14 to 16" ... "a European Community coordination meeting": a body
		// named right before the head that takes no part in the other
		// makes two (event_merge_bodies.go).
		if ante != nil && !x.conflict(ante, ev) && sameKind(ante, ev) && !(ev.definite && x.otherCommonModifier(ante, ev)) && !x.namedByOtherBody(ante, ev) {
			ante.absorb(ev)
		}
	}
	x.mergeVisits()
	// "The meeting" with parties of its own is still the meeting told of
	// just before.
	for k, ev := range evs {
		if !ev.definite || ev.name != "" || ev.root() != ev {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-mergeWindow; j-- {
			p := evs[j].root()
			if p == ev || p.name != "" {
				continue
			}
			if p.word == ev.word && !x.conflict(p, ev) && !x.pastAndApart(p, ev) && !x.otherModifier(p, ev) && !x.otherBody(p, ev) {
				p.absorb(ev)
				break
			}
		}
	}
	x.mergeVerbAnaphors() // event_merge_verbs.go
	// Same parties.
	for k := range evs {
		a := evs[k].root()
		if !a.own || a.name != "" {
			continue
		}
		for j := k + 1; j < len(evs) && j <= k+mergeWindow; j++ {
			b := evs[j].root()
			if a == b || !b.own || b.name != "" || !compatibleGroup(a.group, b.group) || x.conflict(a, b) {
				continue
			}
			// "a bilateral trade meeting" is not "talks with Saito": the
			// later mention must point back or use the same word.
			// "he met leaders in Baghdad" is not his talks with Sharon
			// told before (event_other_meetings.go)
			// "meet again in September" is not the meeting told before
			// (event_again.go); "are to meet in Venice" is not the talks
			// held on Tuesday (event_coming_done.go)
			if !a.indef && !b.indef && x.sameParties(a, b) && !x.otherMeeting(a, b) && !x.otherMeeting(b, a) && !x.anotherSitting(a, b) && !x.comingAndDone(a, b) {
				a.absorb(b)
			}
		}
	}
}

func compatibleGroup(a, b eventGroup) bool { return a == b }

// sameKind reports whether an anaphor can repeat an event of its group:
// gatherings of the conference group named by different nouns (a press
// conference, a sitting, a hearing, a seminar) are different events.
func sameKind(a, b *event) bool {
	return a.group != groupConference || a.word == b.word || a.word == "" || b.word == ""
}

// mergeVisits joins a visit to the talks held at its place within two
// sentences: "Kohl invited the Commission for talks in Bonn ... The
// Commissioners will pay a visit to Bonn".
func (x *extractor) mergeVisits() {
	for k, v := range x.events {
		v = v.root()
		if v.group != groupVisit || v.location == nil || v.merged != nil {
			continue
		}
		vs := v.triggers[0].sent
		for _, t := range x.events[max(0, k-mergeWindow):min(len(x.events), k+mergeWindow+1)] {
			t = t.root()
			if t == v || t.group != groupTalks && t.group != groupSummit || t.location == nil || t.location.ent != v.location.ent || x.conflict(t, v) {
				continue
			}
			if ts := t.triggers[0].sent; ts-vs <= 2 && vs-ts <= 2 {
				t.absorb(v)
				break
			}
		}
	}
}

// conflict reports whether two events have different dates or places (a
// city in a country is no conflict with that country).
func (x *extractor) conflict(a, b *event) bool {
	if a.date != "" && b.date != "" && !strings.HasPrefix(a.date, b.date) && !strings.HasPrefix(b.date, a.date) {
		return true
	}
	if a.location != nil && b.location != nil && a.location.ent != b.location.ent {
		return !x.within(a.location.ent, b.location.ent) && !x.within(b.location.ent, a.location.ent)
	}
	return false
}

// within reports whether place a lies in place b, by the gazetteer.
func (x *extractor) within(a, b int) bool {
	ea, eb := x.ents[a], x.ents[b]
	if eb.typ != Country {
		return false
	}
	if info, ok := gazetteer.City(ea.name); ok && info.Country == eb.name {
		return true
	}
	if p, ok := gazetteer.Place(ea.name); ok && p.Country == eb.name {
		return true
	}
	return false
}

// sameParties reports whether one event's parties are all among the
// other's, counting a person's country or body and a city's country.
func (x *extractor) sameParties(a, b *event) bool {
	pa, pb := x.parties(a), x.parties(b)
	if len(pa) == 0 || len(pb) == 0 {
		return false
	}
	// every party named for one (its attendees and organisers) is a
	// party of the other: an event with only an organiser ("the board
	// met, with chairman Shoucair presiding") is not everyone's
	sub := func(q map[int]bool, e *event) bool {
		for _, f := range e.attendees {
			if !q[f.ent] {
				return false
			}
		}
		for _, f := range e.organizer {
			if !q[f.ent] {
				return false
			}
		}
		return true
	}
	return sub(pb, a) || sub(pa, b)
}

// dateAt returns the date expression starting at token j, or nil.
func dateAt(ds []dateExpr, j int) *dateExpr {
	for k := range ds {
		if ds[k].Start == j || ds[k].Start == j+1 && j >= 0 && ds[k].Start > 0 {
			return &ds[k]
		}
	}
	return nil
}

// otherModifier reports whether two events are told with different nouns
// or names right before their head: "the trust meeting" is not "the
// Panama meeting", nor "the board meeting" the "council meeting".
func (x *extractor) otherModifier(a, b *event) bool {
	ma, mb := x.headModifier(a), x.headModifier(b)
	return ma != "" && mb != "" && ma != mb
}

// headModifier returns the noun or name right before the head of an
// event's first mention, in lower case, or "".
func (x *extractor) headModifier(ev *event) string {
	if len(ev.triggers) == 0 || ev.verb {
		return ""
	}
	tr := ev.triggers[0]
	s := &x.sents[tr.sent]
	k := tr.start - 1
	if k < 0 || !strings.HasPrefix(s.toks[k].Tag, "NN") || dateAt(s.dates, k) != nil && dateAt(s.dates, k).Start <= k {
		return ""
	}
	return s.lower(k)
}

// otherBody reports whether ev's first mention is owned by a body named
// right before its head that takes no part in p: "the weekly National
// Coffee Committee meeting" is not "an upcoming meeting of the ICO" told
// before it.
func (x *extractor) otherBody(p, ev *event) bool {
	if len(ev.triggers) == 0 || ev.verb {
		return false
	}
	return x.absentBodyBefore(p, ev.triggers[0])
}
