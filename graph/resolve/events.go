package resolve

import (
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// localEvent reports whether iri is an unnamed event of an article
// (vocab.LocalEventIRI: ".../article/ID/eN").
func localEvent(iri quad.IRI) bool {
	s := string(iri)
	if !strings.HasPrefix(s, vocab.ID+"article/") {
		return false
	}
	i := strings.LastIndexByte(s, '/')
	if i < 0 || i+2 > len(s) || s[i+1] != 'e' {
		return false
	}
	for _, c := range s[i+2:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// eventFacts are what an event group says of its event: its participants
// and places (as the article's extraction named them) and its date.
type eventFacts struct {
	attendees []quad.IRI
	places    []quad.IRI
	date      string // startDate, lexical
}

// clusterEvents decides where the events of several articles that report the
// same meeting go: one node for the events whose people (two or more, as
// resolved), month (their start date's, else their article's) and place (the
// first of their places, as resolved, or none) are the same; and, for events
// with fewer than two people, one node for those whose participants of any
// kind (two or more: "talks between Britain's ECGD and Nigeria"), day (their
// own start date's, to the day) and place are the same; and, for events
// whose one party is a person, one node for those with the same person,
// place (one is needed) and month of their own start date (not their
// article's): "Nakasone's visit to Washington starting on April 29"; and one
// node for the events whose one party is a body or a country at the same
// place on the same day of their own start date. The node is the
// smallest of their IRIs, so the result does not depend on load order.
// entityTarget maps an entity IRI of an article to the node it resolves to.
func clusterEvents(events []*group, facts map[*group]*eventFacts, month map[quad.IRI]string,
	entityTarget func(iri, article quad.IRI) (quad.IRI, Kind)) map[*group]target {
	byKey := map[string][]*group{}
	for _, g := range events {
		f := facts[g]
		if f == nil {
			continue
		}
		m := f.date
		if len(m) < 7 {
			m = month[g.article]
		}
		if len(m) < 7 {
			continue
		}
		m = m[:7]
		var people, parties []string
		seen := map[quad.IRI]bool{}
		for _, a := range f.attendees {
			n, k := entityTarget(a, g.article)
			if !seen[n] {
				seen[n] = true
				parties = append(parties, string(n))
				if k == KindPerson {
					people = append(people, string(n))
				}
			}
		}
		one := false // one party at a place: a person in a month, a body on a day
		switch {
		case len(people) >= 2:
		case len(parties) == 1 && len(people) == 1 && len(f.date) >= 7 && len(f.places) > 0:
			// "Nakasone's one-week visit to Washington starting on April
			// 29" in several stories: one person at one place in the month
			// the events themselves are dated (not their articles')
			m, one = f.date[:7], true
		case len(parties) == 1 && len(people) == 0 && len(f.date) >= 10 && len(f.places) > 0:
			// one body at one place on its own day: "OPEC ministers met in
			// Vienna on June 25" in several stories
			m, people, one = f.date[:10], parties, true
		case len(parties) < 2 || len(f.date) < 10:
			// bodies and countries meet often: only on the same day
			continue
		default:
			m, people = f.date[:10], parties
		}
		sort.Strings(people)
		place := ""
		for _, p := range f.places {
			n, _ := entityTarget(p, g.article)
			if place == "" || string(n) < place {
				place = string(n)
			}
		}
		if one && place == "" {
			continue
		}
		key := m + "|" + place + "|" + strings.Join(people, " ")
		if one {
			key += "|one"
		}
		byKey[key] = append(byKey[key], g)
	}
	out := map[*group]target{}
	for key, gs := range byKey {
		arts := map[quad.IRI]bool{}
		node := gs[0].raw[0]
		for _, g := range gs {
			arts[g.article] = true
			for _, r := range g.raw {
				if r < node {
					node = r
				}
			}
		}
		if len(arts) < 2 {
			continue // one article's events stay as its extraction made them
		}
		parts := strings.SplitN(key, "|", 3)
		rule := "the same meeting: the same people in " + parts[0]
		switch {
		case strings.HasSuffix(key, "|one") && len(parts[0]) == 10:
			rule = "the same meeting: the same party at the same place on " + parts[0]
		case strings.HasSuffix(key, "|one"):
			rule = "the same visit or meeting: the same person at the same place, dated " + parts[0]
		case len(parts[0]) == 10:
			rule = "the same meeting: the same parties on " + parts[0]
		}
		if parts[1] != "" {
			rule += ", at " + vocab.Local(quad.IRI(parts[1]))
		}
		for _, g := range gs {
			out[g] = target{node: node, kind: KindNone, rule: rule}
		}
	}
	return out
}
