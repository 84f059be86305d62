// Plural antecedents: "they", "the two", "the pair", "both", "the couple"
// standing for two people named together just before ("Smith and Jones
// spoke on Monday. The two were together at a fundraiser").

package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// pluralPeopleWords open a plural subject that stands for people named
// before: "they", "the two", "the pair", "the couple", "both".
var pluralPeopleWords = map[string]bool{"they": true, "two": true, "pair": true, "couple": true, "both": true, "duo": true}

// pluralSubject reports whether the subject of verb v is a plural
// pronoun or "the two" right before it (past auxiliaries and adverbs).
func (x *extractor) pluralSubject(si, v int) bool {
	return x.pluralSubjectWord(si, v) != ""
}

// pluralSubjectWord returns the plural word ("they", "two", "pair",
// "both") that is the whole subject of verb v and opens sentence si, or "".
func (x *extractor) pluralSubjectWord(si, v int) string {
	s := &x.sents[si]
	toks := s.toks
	k := v - 1
	for k >= 0 && (toks[k].Tag == "RB" || toks[k].Tag == "MD" || strings.HasPrefix(toks[k].Tag, "VB")) {
		k--
	}
	if k < 0 || !pluralPeopleWords[s.lower(k)] {
		return ""
	}
	// the subject opens the sentence: "They met", "The two were"
	start := k
	if s.lower(k) != "they" && s.lower(k) != "both" {
		start--
		if start < 0 || s.lower(start) != "the" {
			return ""
		}
	}
	if start != 0 {
		return ""
	}
	return s.lower(k)
}

// subjectPair returns the two people the plural subject of verb v stands
// for: the pair named together in the sentence before (pluralAntecedent)
// or, when the subject is "the two", "the pair", "the couple" or "both"
// (not "they", which stands for any group), the only two people the
// sentence before names, with no two bodies there they could be
// ("Walker has long known Kemp. The two were together at a fundraiser").
func (x *extractor) subjectPair(si, v int) []int {
	if p := x.pluralAntecedent(si); p != nil {
		return p
	}
	if w := x.pluralSubjectWord(si, v); w == "" || w == "they" {
		return nil
	}
	return x.onlyTwoPeople(si - 1)
}

// onlyTwoPeople returns the two people sentence si names when it names
// exactly two and fewer than two organisations or countries, else nil.
func (x *extractor) onlyTwoPeople(si int) []int {
	if si < 0 {
		return nil
	}
	var people []int
	bodies := 0
	for _, k := range x.sents[si].mentions {
		m := &x.mentions[k]
		if m.ent < 0 {
			continue
		}
		switch t := x.ents[m.ent].typ; {
		case t == Person:
			if !slices.Contains(people, m.ent) {
				people = append(people, m.ent)
			}
		case t == Organization || t == Country:
			bodies++
		}
	}
	if len(people) != 2 || bodies > 1 {
		return nil
	}
	return people
}

// pluralAntecedent returns the two people named together as the subject of
// the sentence before si ("Senator John Smith and Governor Mary Jones
// spoke"), or nil: the first opens that sentence, past its title, and only
// "and" and the second's title come between them.
func (x *extractor) pluralAntecedent(si int) []int {
	if si == 0 {
		return nil
	}
	p := &x.sents[si-1]
	toks := p.toks
	var people []*mention
	for _, k := range p.mentions {
		if m := &x.mentions[k]; m.ent >= 0 && x.ents[m.ent].typ == Person {
			people = append(people, m)
		}
	}
	if len(people) < 2 {
		return nil
	}
	a, b := people[0], people[1]
	if a.ent == b.ent {
		return nil
	}
	titleWord := func(k int) bool {
		if p.owner[k] >= 0 {
			return false
		}
		// "state Sen. Barry Finegold", "city Councilor": a lower-case
		// word of the post right before its head
		if k+1 < len(toks) && p.owner[k+1] < 0 && isTitleHead(toks[k+1].Text) && (toks[k].Tag == "JJ" || toks[k].Tag == "NN") {
			return true
		}
		return isTitleHead(toks[k].Text) || titleModifiers[p.lower(k)] || gazetteer.Capitalised(toks[k].Text) && strings.HasPrefix(toks[k].Tag, "NNP")
	}
	for k := 0; k < a.start; k++ {
		if !titleWord(k) && !(k == 0 && p.lower(k) == "the") {
			return nil
		}
	}
	if a.end >= b.start {
		return nil
	}
	// "A and B" or "A, a front end engineer in Washington, D.C., and B"
	and := a.end
	if p.lower(and) != "and" {
		and = x.appositionEnd(si-1, a.end)
		if and < 0 || and >= b.start || p.lower(and) != "and" {
			return nil
		}
	}
	for k := and + 1; k < b.start; k++ {
		if !titleWord(k) {
			return nil
		}
	}
	// not one of a longer list: "A and B, C ..." or "A and B and C"
	if b.end < len(toks) && (p.lower(b.end) == "and" || toks[b.end].Text == "," && len(people) > 2 && people[2].start == b.end+1) {
		return nil
	}
	return []int{a.ent, b.ent}
}

// togetherAt are the prepositions after "together" that put people in
// one place at one time.
var togetherAt = map[string]bool{"at": true, "in": true, "on": true, "during": true}

// togetherEvents reads "The two were together at a fundraiser": the people
// named just before attend the event named after "together at", or one of
// its own.
func (x *extractor) togetherEvents(si int, first int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		if s.lower(i) != "together" || !beVerbs[s.lower(i-1)] && !togetherVerbs[s.lower(i-1)] || negated(toks, i-1) {
			continue
		}
		// a place or a time: "were together at a fundraiser", "campaigned
		// together in Iowa"; not a span ("have been together for two years")
		if !togetherAt[s.lower(i+1)] {
			continue
		}
		// the people's evidence: the sentence before names "the two"; a
		// subject of names is this sentence's own
		var people []int
		from := si
		if x.pluralSubject(si, i-1) {
			people, from = x.subjectPair(si, i-1), si-1
		} else {
			// "Senator Tim Scott and Nikki Haley were together at"
			people = x.peopleSubject(si, i-1)
		}
		if people == nil {
			return
		}
		var ev *event
		for _, e := range x.events[first:] {
			if tr := e.triggers[0]; tr.sent == si && tr.start > i && tr.start <= i+8 && !e.verb {
				ev = e
				break
			}
		}
		if ev == nil {
			ev = &event{group: groupTalks, dateSent: -1, entity: -1, word: "meeting", verb: true}
			ev.triggers = append(ev.triggers, trigger{si, i, i + 1})
			x.placeDateAfter(si, i+1, ev) // "appeared together at a rally on Sunday"
			x.events = append(x.events, ev)
		}
		for _, p := range people {
			ev.addAttendee(p, from)
		}
		ev.own, ev.plural = true, true
		if ev.group == groupConference {
			ev.group = groupTalks // together there: they met
		}
		return
	}
}

// peopleSubject returns the two or more people who are the whole subject
// of verb v ("Senator Tim Scott and Nikki Haley were"), or nil.
func (x *extractor) peopleSubject(si, v int) []int {
	subj := x.subjectBefore(si, v)
	if len(subj) < 2 {
		return nil
	}
	for _, e := range subj {
		if e < 0 || x.ents[e].typ != Person {
			return nil
		}
	}
	return subj
}

// appositionEnd returns the token after the apposition that opens at the
// comma at token k of sentence si ("A, a front end engineer working out of
// Washington, D.C., and B"): the token after its closing comma, when no
// finite verb, person, organisation or clause break is inside; else -1.
func (x *extractor) appositionEnd(si, k int) int {
	s := &x.sents[si]
	toks := s.toks
	if k >= len(toks) || toks[k].Text != "," {
		return -1
	}
	end := -1
	for j := k + 1; j < len(toks) && j <= k+14; j++ {
		t := toks[j]
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Text == ";" || t.Tag == ":" || isOpenQuote(t) || isCloseQuote(t) {
			break
		}
		if m := x.mentionAt(si, j); m != nil && m.ent >= 0 && (x.ents[m.ent].typ == Person || x.ents[m.ent].typ == Organization) {
			break
		}
		// the last comma before "and": "Washington, D.C., and"
		if t.Text == "," && j+1 < len(toks) && s.lower(j+1) == "and" {
			end = j + 1
		}
	}
	return end
}

// pluralAttended adds to ev, the object of the verb of participation at
// token v of sentence si, the two people named together just before when
// its subject is "the two", "the pair", "both" or "they" ("Senator John
// Smith and Senator Mary Jones clashed. Both attended the hearing"), and
// reports whether it added them.
func (x *extractor) pluralAttended(si, v int, ev *event) bool {
	if !participationVerbs[x.sents[si].lower(v)] || !x.pluralSubject(si, v) {
		return false
	}
	people := x.subjectPair(si, v)
	if people == nil {
		return false
	}
	for _, p := range people {
		ev.addAttendee(p, si-1)
	}
	ev.own, ev.plural = true, true
	return true
}
