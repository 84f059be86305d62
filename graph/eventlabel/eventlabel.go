// Package eventlabel names events that have no name of their own, from
// their facts: "talks: Blair, Berlusconi, Schroeder — Brussels, 2005-03".
//
// Extraction writes most events without a schema:name (a meeting, a call, a
// visit); the canned queries, the explorer and the exports label them the
// same way, with Label over what Of reads from a store.
package eventlabel

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// eventWords maps words that name an event, as news writes them, to the kind
// a label shows.
var eventWords = map[string]string{
	"talks": "talks", "negotiations": "talks", "consultations": "talks", "dialogue": "talks", "discussions": "talks",
	"meeting": "meeting", "meetings": "meeting", "meet": "meeting", "meets": "meeting", "met": "meeting",
	"summit": "summit", "summits": "summit",
	"call": "call", "phone-call": "call", "telephoned": "call", "phoned": "call", "called": "call",
	"conference": "conference", "congress": "conference", "convention": "conference", "forum": "conference", "assembly": "conference",
	"visit": "visit", "visits": "visit", "visited": "visit", "visiting": "visit", "trip": "visit", "tour": "visit",
	"dinner": "dinner", "lunch": "lunch", "luncheon": "lunch", "breakfast": "breakfast", "banquet": "dinner",
	// the gatherings extraction reads (loader/extract/data/eventNouns.txt)
	// by their own word: "hearing: Evans", not "event: Evans"
	"consultation": "talks", "roundtable": "talks", "round-table": "talks",
	"hearing": "hearing", "hearings": "hearing", "briefing": "briefing", "ceremony": "ceremony",
	"seminar": "seminar", "workshop": "workshop", "symposium": "symposium", "webinar": "webinar",
	"gala": "gala", "fundraiser": "fundraiser", "trial": "trial",
	// weak words (below): the kind only when no other word names one
	"conversation": "conversation", "conversations": "conversation", "interview": "interview",
	"discussed": "talks", "discussing": "talks", "discussion": "talks", "negotiated": "talks", "negotiating": "talks",
	"telephone": "call", "session": "session", "testifying": "hearing", "testified": "hearing", "testimony": "hearing",
}

// weakWords name an event's kind only in a sentence that names it with no
// other word: "called" is a call in "Bush called Putin on Monday", but it
// names something in "after talks with Korean leaders, Baldrige called the
// plan an important step".
// So are the words of a talk's or a sitting's manner ("an hour-long
// conversation with", "spoken by telephone with", "was testifying to the
// Senate Banking Committee", "in an interview with"), which label an event
// no gathering word names: "conversation: Miyazawa, Baker", not "event".
var weakWords = map[string]bool{"called": true,
	"conversation": true, "conversations": true, "interview": true, "discussed": true, "discussing": true, "discussion": true,
	"negotiated": true, "negotiating": true, "telephone": true, "session": true, "testifying": true, "testified": true, "testimony": true,
}

// Kind is the kind of an event read from a sentence about it ("talks",
// "summit", "visit", ...), or "event". A sentence can speak of several events
// ("a dinner on Sunday, talks in Geneva and a meeting in Brussels"): the word
// nearest to a mention of the first group of anchors the sentence names (the
// event's places, then its date's words, then its participants) wins, else
// the first.
func Kind(sentence string, anchors ...[]string) string {
	toks, best := kindAt(sentence, anchors...)
	if best < 0 {
		return "event"
	}
	if k, ok := lastWords[toks[best]]; ok {
		return k
	}
	return eventWords[toks[best]]
}

// kindAt is Kind's choice: the sentence's words and the index of the event
// word that names the kind (-1 when none does).
func kindAt(sentence string, anchors ...[]string) ([]string, int) {
	toks := words(sentence)
	bodies := bodyNames(sentence, toks) // body_names.go
	var kinds, called, last []int
	for i, w := range toks {
		if _, ok := lastWords[w]; ok {
			last = append(last, i) // lastresort_words.go
			continue
		}
		if _, ok := eventWords[w]; ok {
			if callsAnother(toks, i) {
				continue
			}
			if weakWords[w] || bodies[i] {
				called = append(called, i)
				continue
			}
			kinds = append(kinds, i)
		}
	}
	if len(kinds) == 0 {
		kinds = called // a weak word names the kind only when no other word does
	}
	if len(kinds) == 0 {
		kinds = last // and a last word only when no weak word does
	}
	if len(kinds) == 0 {
		return toks, -1
	}
	best := kinds[0]
	for _, group := range anchors {
		var at []int
		for _, a := range group {
			aw := words(a)
			if len(aw) == 0 {
				continue
			}
			for i := 0; i+len(aw) <= len(toks); i++ {
				if strings.Join(toks[i:i+len(aw)], " ") == strings.Join(aw, " ") {
					at = append(at, i, i+len(aw)-1)
				}
			}
		}
		if len(at) == 0 {
			continue
		}
		dist := func(k int) int {
			d := len(toks)
			for _, a := range at {
				d = min(d, max(k-a, a-k))
			}
			return d
		}
		for _, k := range kinds {
			if dist(k) < dist(best) {
				best = k
			}
		}
		break
	}
	return toks, best
}

// callsAnother reports whether word i is "call" followed by "for" or with
// another event word within the next eight words: "will call at an early date an extraordinary meeting of
// noteholders", "called for talks" name a meeting and talks, no call.
func callsAnother(toks []string, i int) bool {
	switch toks[i] {
	case "call", "calls", "called", "calling":
	default:
		return false // "telephoned Reagan about the summit" is a call
	}
	if i+1 < len(toks) && toks[i+1] == "for" {
		return true // "will call for the International Coffee Organisation (ICO) to start talks": a demand, no call
	}
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		if kind, ok := eventWords[toks[k]]; ok && kind != "call" {
			return true
		}
		if callObjectEnds[toks[k]] {
			return false // "called Putin on Monday to discuss the summit": a call
		}
	}
	return false
}

// callObjectEnds end the object of "call": the event word after them is
// what the call was about or when it was.
var callObjectEnds = map[string]bool{"to": true, "about": true, "on": true, "with": true, "after": true, "before": true, "over": true}

// words splits text into lower-case words.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
}

// Label makes a label for an event without a name from its kind, the people
// who took part (by surname; other participants when no person did), its
// place and its month: "talks: Blair, Berlusconi — Brussels, 2005-03".
func Label(kind string, people, others []string, place, date string) string {
	return label(kind, people, nil, others, place, date, Surname)
}

// label is Label with the bodies that took part beside the people, shown
// after them, and the surname a person's name shows given by surname. A body
// named with its meeting is what the meeting is ("a routine Bundesbank
// meeting", "told the annual meeting of the Trilateral Commission"): without
// it the label reads as one attendee's own meeting. A country beside the
// people is not shown (it stands for them: "talks: Blair, Berlusconi", not
// "..., Italy").
func label(kind string, people, bodies, others []string, place, date string, surname func(string) string) string {
	if kind == "" {
		kind = "event"
	}
	var who []string
	if len(people) > 0 {
		for _, p := range people {
			who = append(who, surname(p))
		}
		who = append(who, bodies...)
	} else {
		who = others
	}
	who = dedupe(who)
	const most = 3
	s := kind
	if len(who) > most {
		s += ": " + strings.Join(who[:most], ", ") + fmt.Sprintf(" +%d", len(who)-most)
	} else if len(who) > 0 {
		s += ": " + strings.Join(who, ", ")
	}
	var where []string
	if place != "" {
		where = append(where, place)
	}
	if len(date) >= 7 {
		date = date[:7]
	}
	if date != "" {
		where = append(where, date)
	}
	if len(where) > 0 {
		s += " — " + strings.Join(where, ", ")
	}
	return s
}

func dedupe(list []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range list {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// Facts are what a label is made of: an event's own name, the sentence that
// reports it, its participants (attendees and organisers), places and date.
type Facts struct {
	Name     string
	Sentence string
	People   []string // participants typed Person, by name
	Others   []string // other participants, by name
	// Bodies are the participants of Others typed Organization (a firm, a
	// ministry, a committee; no country): the label shows them after People.
	Bodies []string
	Places []string
	Date   string
	// Alternates are the shorter names a person of People is also written
	// by in the store (schema:alternateName), by the person's name: they
	// tell how much of a long name is the surname (SurnameOf).
	Alternates map[string][]string
	// OtherNames are the other names (schema:alternateName) of the
	// participants of Others: a sentence may write a body by its acronym
	// ("a news conference ahead of the IMF talks"), and Kind needs it to tell
	// which of the sentence's event words is this event's.
	OtherNames []string
}

// surname is the surname the label shows for one of the people.
func (f Facts) surname(name string) string {
	return SurnameOf(name, f.Alternates[name])
}

// Label is the event's name, else one made of its facts.
func (f Facts) Label() string {
	if f.Name != "" {
		return f.Name
	}
	var names []string
	for _, p := range f.People {
		names = append(names, p, f.surname(p))
	}
	names = append(names, f.Others...)
	names = append(names, f.OtherNames...)
	place := ""
	if len(f.Places) > 0 {
		place = f.Places[0]
	}
	anchors := [][]string{f.Places, DateWords(f.Date), names}
	kind := Kind(f.Sentence, anchors...)
	people, bodies, others := f.People, f.Bodies, f.Others
	if d := Described(f.Sentence, anchors...); d != "" {
		kind = d
		people = notIn(d, people, f.surname)
		bodies = notIn(d, bodies, nil)
		others = notIn(d, others, nil)
		if place != "" && containsWords(d, place) {
			place = "" // "Washington meeting of the Group of 24", not "... — Washington"
		}
	}
	if len(people) == 1 && ofMany(f.Sentence, anchors...) {
		people, others = nil, bodies // "conference — Phoenix", not "conference: Chernin"
	}
	return label(kind, people, bodies, others, place, f.Date, f.surname)
}

// notIn drops the names a described phrase already shows ("hearing of the
// House Agriculture Subcommittee", not "...: House Agriculture
// Subcommittee"), or whose surname it shows.
func notIn(phrase string, names []string, surname func(string) string) []string {
	has := func(n string) bool {
		return n != "" && containsWords(phrase, n)
	}
	var out []string
	for _, n := range names {
		if has(n) || surname != nil && has(surname(n)) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// containsWords reports whether phrase holds the words of name in a row.
func containsWords(phrase, name string) bool {
	pw, nw := words(phrase), words(name)
	if len(nw) == 0 {
		return false
	}
	for i := 0; i+len(nw) <= len(pw); i++ {
		if strings.Join(pw[i:i+len(nw)], " ") == strings.Join(nw, " ") {
			return true
		}
	}
	return false
}

// DateWords are the words a sentence may use for an event's date
// (schema:startDate, "2021-06" or "2022-01-10"): its month's name and, for a
// day, the day of the week ("June"; "January", "Monday"). News writes the
// date beside the event's noun ("a June summit", "talks on Monday"), so they
// tell which of a sentence's events is this one when its place is not named.
func DateWords(date string) []string {
	if t, err := time.Parse("2006-01-02", date); err == nil {
		return []string{t.Month().String(), t.Weekday().String()}
	}
	if t, err := time.Parse("2006-01", date); err == nil {
		return []string{t.Month().String()}
	}
	return nil
}

// Of reads an event's facts from a store. Names and lists are sorted, so
// the label does not depend on the order of the store's quads.
func Of(ctx context.Context, qs graph.QuadStore, event quad.IRI) (Facts, error) {
	var f Facts
	quads, err := subjectQuads(ctx, qs, event)
	if err != nil {
		return f, err
	}
	var sentences []quad.IRI
	seen := map[quad.IRI]node{}
	nameOf := func(iri quad.IRI) (node, error) {
		if n, ok := seen[iri]; ok {
			return n, nil
		}
		n, err := nameAndKind(ctx, qs, iri)
		seen[iri] = n
		return n, err
	}
	for _, q := range quads {
		switch q.Predicate {
		case vocab.Name:
			if n := vocab.Lexical(q.Object); f.Name == "" || n < f.Name {
				f.Name = n
			}
		case vocab.Type:
			if l, ok := q.Label.(quad.IRI); ok && q.Object == vocab.Event {
				sentences = append(sentences, l)
			}
		case vocab.StartDate:
			if d := vocab.Lexical(q.Object); f.Date == "" || d < f.Date {
				f.Date = d
			}
		case vocab.Location:
			if iri, ok := q.Object.(quad.IRI); ok {
				n, err := nameOf(iri)
				if err != nil {
					return f, err
				}
				f.Places = append(f.Places, n.name)
			}
		case vocab.Attendee, vocab.Organizer:
			if iri, ok := q.Object.(quad.IRI); ok {
				n, err := nameOf(iri)
				if err != nil {
					return f, err
				}
				if err := f.AddParticipant(ctx, qs, iri, n.name, n.person, n.body); err != nil {
					return f, err
				}
			}
		}
	}
	sort.Slice(sentences, func(i, j int) bool { return sentences[i] < sentences[j] })
	for _, s := range sentences {
		sq, err := subjectQuads(ctx, qs, s)
		if err != nil {
			return f, err
		}
		for _, q := range sq {
			if q.Predicate == vocab.Text {
				f.Sentence = vocab.Lexical(q.Object)
				break
			}
		}
		if f.Sentence != "" {
			break
		}
	}
	for _, l := range []*[]string{&f.People, &f.Others, &f.Bodies, &f.Places, &f.OtherNames} {
		*l = dedupe(*l)
		sort.Strings(*l)
	}
	return f, nil
}

// node is a participant or place of an event as its label reads it.
type node struct {
	name   string
	person bool // typed Person
	body   bool // typed Organization and not Person
}

// nameAndKind returns a node's name (the smallest of its schema:name
// values, else its IRI's last segment) and whether it is typed Person or
// Organization. It reads only the node's names and those types through the
// store's subject-predicate index: a participant such as a country or a head
// of government is the subject of thousands of quads (mentions, facts), and
// reading them all made `query top --type event` take seconds per event.
func nameAndKind(ctx context.Context, qs graph.QuadStore, iri quad.IRI) (node, error) {
	ref, err := qs.ValueOf(iri)
	if err != nil || ref == nil {
		return node{name: vocab.Local(iri)}, err
	}
	name := ""
	err = eachObject(ctx, qs, ref, vocab.Name, func(v quad.Value) {
		if n := vocab.Lexical(v); name == "" || n < name {
			name = n
		}
	})
	if err != nil {
		return node{}, err
	}
	if name == "" {
		name = vocab.Local(iri)
	}
	person, err := has(ctx, qs, ref, vocab.Type, vocab.Person)
	if err != nil || person {
		return node{name: name, person: person}, err
	}
	body, err := has(ctx, qs, ref, vocab.Type, vocab.Organization)
	return node{name: name, body: body}, err
}

// eachObject calls fn with the object of each quad of subject s and
// predicate p.
func eachObject(ctx context.Context, qs graph.QuadStore, s graph.Ref, p quad.Value, fn func(quad.Value)) error {
	pref, err := qs.ValueOf(p)
	if err != nil || pref == nil {
		return err
	}
	var objects []graph.Ref
	err = store.EachNode(ctx, qs, quad.Object, map[quad.Direction]graph.Ref{quad.Subject: s, quad.Predicate: pref},
		func(r graph.Ref) { objects = append(objects, r) })
	if err != nil {
		return err
	}
	for _, r := range objects {
		v, err := qs.NameOf(r)
		if err != nil {
			return err
		}
		fn(v)
	}
	return nil
}

// has reports whether the store holds a quad (s, p, o) under any label.
func has(ctx context.Context, qs graph.QuadStore, s graph.Ref, p, o quad.Value) (bool, error) {
	pref, err := qs.ValueOf(p)
	if err != nil || pref == nil {
		return false, err
	}
	oref, err := qs.ValueOf(o)
	if err != nil || oref == nil {
		return false, err
	}
	found := false
	err = store.EachNode(ctx, qs, quad.Object, map[quad.Direction]graph.Ref{quad.Subject: s, quad.Predicate: pref, quad.Object: oref},
		func(graph.Ref) { found = true })
	return found, err
}

// subjectQuads returns the quads of a subject.
func subjectQuads(ctx context.Context, qs graph.QuadStore, node quad.IRI) ([]quad.Quad, error) {
	ref, err := qs.ValueOf(node)
	if err != nil || ref == nil {
		return nil, err
	}
	it := qs.QuadIterator(quad.Subject, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, it.Err()
}
