// Event participants: who attends or organises an event, read from the names around its trigger.

package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

func (e *event) addAttendee(ent, sent int) {
	for _, a := range e.attendees {
		if a.ent == ent {
			return
		}
	}
	for _, a := range e.organizer {
		if a.ent == ent {
			return
		}
	}
	e.attendees = append(e.attendees, evFact{ent, sent})
}

func (e *event) addOrganizer(ent, sent int) {
	for i, a := range e.attendees {
		if a.ent == ent {
			e.attendees = append(e.attendees[:i], e.attendees[i+1:]...)
			break
		}
	}
	for _, a := range e.organizer {
		if a.ent == ent {
			return
		}
	}
	e.organizer = append(e.organizer, evFact{ent, sent})
}

// peopleNouns are plural heads after a national adjective that make the
// nation a party: "Senior US and Russian officials".
var peopleNouns = wordSet("peopleNouns")

// entityByName finds (or creates, for gazetteer names) the entity a word
// names.
func (x *extractor) entityByName(p string) int {
	key := ""
	typ := Other
	name := p
	if c, ok := gazetteer.Country(p); ok {
		key, typ, name = "P:"+c, Country, c
	} else if c, ok := gazetteer.Demonym(p); ok {
		key, typ, name = "P:"+c, Country, c
	} else if o, ok := gazetteer.Org(p); ok {
		key, typ, name = "O:"+o.Name, Organization, o.Name
	} else if pl, ok := gazetteer.Place(p); ok && gazetteer.Capitalised(p) {
		key, typ, name = "P:"+pl.Name, Place, pl.Name
		if pl.Class == gazetteer.ClassCity {
			typ = City
		}
	}
	// the gazetteer's entity first: an untyped "U.S." found elsewhere is
	// not the country
	if key != "" {
		for i, e := range x.ents {
			if e.key == key {
				return i
			}
		}
	}
	for i, e := range x.ents {
		if e.typ == Event || e.typ == Person || key != "" && e.typ == Other {
			continue
		}
		if e.name == p {
			return i
		}
		for _, a := range e.aliases {
			if a == p {
				return i
			}
		}
	}
	if key == "" {
		return -1
	}
	x.ents = append(x.ents, &entity{typ: typ, name: name, key: key})
	if name != p {
		x.ents[len(x.ents)-1].aliases = []string{p}
	}
	return len(x.ents) - 1
}

// partMention records bytes [b0, b1) inside token k as a mention of e.
func (x *extractor) partMention(si, k, b0, b1, e int) {
	idx := len(x.mentions)
	x.mentions = append(x.mentions, mention{sent: si, start: k, end: k + 1, typ: x.ents[e].typ,
		text: x.text[b0:b1], name: x.text[b0:b1], ent: e, bstart: b0, bend: b1})
	x.ents[e].mentions = append(x.ents[e].mentions, idx)
	if a := x.text[b0:b1]; a != x.ents[e].name && !slices.Contains(x.ents[e].aliases, a) {
		x.ents[e].aliases = append(x.ents[e].aliases, a)
	}
}

func peopleNoun(toks []nlpToken, k int) bool {
	for limit := k + 4; k < len(toks) && k < limit; k++ {
		lw := lower(toks[k].Text)
		if peopleNouns[lw] || lw == "members" || lw == "government" || lw == "delegation" || lw == "team" || lw == "mission" {
			return true
		}
		if toks[k].Tag != "NN" && toks[k].Tag != "JJ" && toks[k].Tag != "NNS" {
			return false
		}
	}
	return false
}

// parties returns an event's attendees with their affiliations and
// countries.
func (x *extractor) parties(e *event) map[int]bool {
	out := map[int]bool{}
	for _, f := range append(append([]evFact(nil), e.attendees...), e.organizer...) {
		out[f.ent] = true
		for a := range x.ents[f.ent].affil {
			out[a] = true
		}
		if x.ents[f.ent].typ == City {
			if info, ok := gazetteer.City(x.ents[f.ent].name); ok {
				for i, c := range x.ents {
					if c.typ == Country && c.name == info.Country {
						out[i] = true
					}
				}
			}
		}
	}
	return out
}

// party returns who takes part when a name is a party to talks: a capital
// city stands for its country ("talks with Ankara").
func (x *extractor) party(e int) int {
	if e < 0 || x.ents[e].typ != City {
		return e
	}
	info, ok := gazetteer.City(x.ents[e].name)
	if !ok || !info.Capital || info.Country == "" {
		return e
	}
	if c := x.entityByName(info.Country); c >= 0 {
		return c
	}
	return e
}

// possessed reports whether the noun phrase [start, head) has a possessor:
// "the government's current talks".
func possessed(toks []nlpToken, start, head int) bool {
	for k := start; k < head; k++ {
		if toks[k].Tag == "POS" || toks[k].Tag == "PRP$" {
			return true
		}
	}
	return false
}

// dueWords stand between a subject and its verb: "he is due to meet".
var dueWords = wordSet("dueWords")

// possessedPeople reports whether tokens [i, v) are a people noun phrase:
// "148 current members", "foreign ministers".
func possessedPeople(toks []nlpToken, i, v int) bool {
	for k := i; k < v && k < i+5; k++ {
		lw := lower(toks[k].Text)
		if peopleNouns[lw] || lw == "members" || lw == "delegates" || lw == "delegation" {
			return true
		}
		if t := toks[k].Tag; t != "CD" && t != "JJ" && t != "NN" && t != "NNS" {
			return false
		}
	}
	return false
}

// membershipWords make "X's membership of Y" a matter between X and Y.
var membershipWords = wordSet("membershipWords")

// membership reads "Russia's proposed membership of the WTO" from token j.
func (x *extractor) membership(si, j int, ev *event) {
	toks := x.sents[si].toks
	var who, body int = -1, -1
	member := false // "membership", "accession": not "Consolidated's possible purchase of Apollo"
	for k := j; k < len(toks) && k < j+8; k++ {
		if m := x.mentionAt(si, k); m != nil && m.ent >= 0 && !m.demonym {
			if m.end < len(toks) && toks[m.end].Tag == "POS" && who < 0 {
				who = m.ent
			} else if who >= 0 && member && x.ents[m.ent].typ == Organization {
				body = m.ent
				break
			}
			k = m.end - 1
			continue
		}
		lw := lower(toks[k].Text)
		if membershipWords[lw] && who < 0 {
			return
		}
		member = member || membershipWords[lw]
		if toks[k].Tag == "," || strings.HasPrefix(toks[k].Tag, "VB") {
			break
		}
	}
	if who >= 0 && body >= 0 {
		ev.addAttendee(who, si)
		ev.addAttendee(body, si)
		ev.own = true
	}
}

// satisfiesPeople reports whether what follows "meet" at token j is
// someone to meet (a name, a pronoun, people) and not something to
// satisfy ("the legal requirements", "the bank's demand").
func satisfiesPeople(x *extractor, si, j int) bool {
	toks := x.sents[si].toks
	if b, _ := x.delegationLedBy(si, j); b > 0 {
		return true // "met a delegation led by" (event_delegation.go)
	}
	for k := j; k < len(toks) && k < j+6; k++ {
		t := toks[k]
		lw := lower(t.Text)
		if lw == "with" {
			return true // "met with": people, always
		}
		if m := x.mentionAt(si, k); m != nil {
			if m.demonym {
				k = m.end - 1
				continue
			}
			// "meet the Securities and Investments Board's requirement";
			// "met Taiwan's president" (met_possessed_people.go)
			return m.end >= len(toks) || toks[m.end].Tag != "POS" || x.possessedPerson(si, m.end+1)
		}
		switch {
		case lw == "with" || lw == "up" || t.Tag == "RB" || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "PRP$":
			continue
		case t.Tag == "NN" || t.Tag == "NNS":
			// the head is the last noun: "government officials"
			for k+1 < len(toks) && (toks[k+1].Tag == "NN" || toks[k+1].Tag == "NNS") {
				k++
			}
			lw = lower(toks[k].Text)
			return peopleNouns[lw] || kinNouns[lw] || isTitleHead(strings.TrimSuffix(lw, "s")) || peopleLike(lw) // "met his brother"
		}
		return true // a pronoun, a preposition ("met in Brussels"), the end
	}
	return true
}

// peopleSuffixes end plural nouns of people.
var peopleSuffixes = wordList("peopleSuffixes")

// peopleLike guesses a plural noun of people: bankers, journalists,
// politicians, residents.
func peopleLike(w string) bool {
	if strings.HasSuffix(w, "ments") {
		return false // "commitments", "requirements": things, not people
	}
	for _, suf := range peopleSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// personOf returns the last person named before token k of sentence si
// (or in the sentences before) whose affiliation is the country, or -1.
func (x *extractor) personOf(si, k int, country string) int {
	for s := si; s >= 0; s-- {
		ms := x.sents[s].mentions
		for n := len(ms) - 1; n >= 0; n-- {
			m := &x.mentions[ms[n]]
			if s == si && m.start >= k || m.ent < 0 || x.ents[m.ent].typ != Person {
				continue
			}
			for a := range x.ents[m.ent].affil {
				if an := x.ents[a].name; an == country || strings.Contains(an, country) || strings.Contains(country, an) {
					return m.ent
				}
			}
		}
	}
	return -1
}

// speakerBefore returns the person who speaks in the clause before token
// k: "said X, after", "X said after", "X told reporters after"; -1 when
// there is none.
func (x *extractor) speakerBefore(si, k int) int {
	toks := x.sents[si].toks
	speech := false
	person := -1
	for n := k - 1; n >= 0 && n >= k-10; n-- {
		t := toks[n]
		if t.Tag == ":" || t.Tag == "``" || t.Tag == "''" || t.Text == "\"" {
			break
		}
		if lowerIn(speechVerbs, t.Text) {
			speech = true
			continue
		}
		if m := x.mentionAt(si, n); m != nil && m.ent >= 0 && person < 0 {
			if x.ents[m.ent].typ == Person && !m.nominal && !inPhrase(toks, m.start) {
				person = m.ent
			}
			n = m.start
			continue
		}
		if strings.HasPrefix(t.Tag, "VB") && !speech {
			return -1
		}
	}
	if speech {
		return person
	}
	return -1
}

// titleAntecedent finds the person "the HEAD" (minister, president) at
// token p of sentence si stands for: the last one named in this sentence
// or the two before whose job title ends in head, else the last one named
// with no title at all; -1 when none is.
func (x *extractor) titleAntecedent(si, p int, head string) int {
	untitled, found := -1, -1
	x.eachPersonBefore(si, p, func(e int) bool {
		titled := false
		for k := range x.facts {
			if k.s == e && k.p == vocab.PJobTitle {
				titled = true
				if lt := lower(k.lit); lt == head || strings.HasSuffix(lt, " "+head) {
					found = e
					return false
				}
			}
		}
		if !titled && untitled < 0 {
			untitled = e
		}
		return true
	})
	if found >= 0 {
		return found
	}
	return untitled
}

// eachPersonBefore calls visit with the entity of each person named before
// token p of sentence si, then in the two sentences before, the latest
// first (nominal mentions left out), until visit returns false.
func (x *extractor) eachPersonBefore(si, p int, visit func(ent int) bool) {
	for s := si; s >= 0 && s >= si-2; s-- {
		ms := x.sents[s].mentions
		for n := len(ms) - 1; n >= 0; n-- {
			m := &x.mentions[ms[n]]
			if s == si && m.start >= p || m.ent < 0 || m.nominal || x.ents[m.ent].typ != Person {
				continue
			}
			if !visit(m.ent) {
				return
			}
		}
	}
}

// ledBy reads "led by X" or "headed by X" at token j (after at most a few
// nouns of the group: "delegation led by"), returning the people named and
// the token after them.
func (x *extractor) ledBy(si, j int) ([]int, int) {
	toks := x.sents[si].toks
	k := j
	for k < len(toks) && k < j+3 && x.sents[si].owner[k] < 0 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "JJ") {
		k++
	}
	if k+2 >= len(toks) || toks[k+1].Text != "by" {
		return nil, j
	}
	if w := lower(toks[k].Text); w != "led" && w != "headed" {
		return nil, j
	}
	ents, end := x.nameList(si, k+2, false)
	var out []int
	for _, e := range ents {
		if x.ents[e].typ == Person {
			out = append(out, e)
		}
	}
	return out, end
}

// partyTag reports whether tokens are a US party-and-state tag: "D-N.Y.",
// "R-Calif.", "I-Vt.".
func partyTag(ts []nlp.Token) bool {
	w := ""
	for _, t := range ts {
		w += t.Text
	}
	if len(w) < 3 || len(w) > 9 || w[1] != '-' || (w[0] != 'D' && w[0] != 'R' && w[0] != 'I') {
		return false
	}
	return w[2] >= 'A' && w[2] <= 'Z' && !strings.ContainsAny(w[2:], " -")
}
