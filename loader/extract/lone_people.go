// One-word names that modern copy shows are people's even when it never
// names them in full ("Mottley met with Holness", "Obama spoke ... He
// said", "Zelnik's wife", "Zelnik told reporters"): loneNames keeps them
// people.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// personOwned are nouns only a person owns behind a possessive
// (data/personOwned.txt): "Zelnik's wife", "Obama's spokeswoman".
var personOwned = wordSet("personOwned")

// lonePeopleByContext returns the one-word names read as people's that a
// sentence shows are people's: a party of a meeting or a talk, the owner of
// a person's noun, the subject of a verb only people take, or the subject
// of a sentence the next one takes up with "he" or "she".
func (x *extractor) lonePeopleByContext() map[string]bool {
	out := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym || m.nominal || out[m.name] || m.end != m.start+1 {
			continue
		}
		if x.meetingParty(m) || x.personsPossessive(m) || x.personVerbAfter(m) || x.takenUpNext(m) || x.thinkerName(m) {
			out[m.name] = true
		}
	}
	return out
}

// auxiliaries may stand between a subject and its verb ("Zelnik will meet").
var auxiliaries = map[string]bool{"will": true, "would": true, "has": true, "had": true, "have": true, "also": true, "later": true, "then": true, "is": true, "was": true, "to": true}

// meetingParty reports whether mention m meets or talks with someone: the
// subject of "met with", "phoned" or "spoke" (not "spoke out", as a body
// does), of "met" a person ("met Holness", not "met stiff competition"),
// or the object of "met", "phoned" or "spoke with" ("met with Holness",
// "phoned Okonjo").
func (x *extractor) meetingParty(m *mention) bool {
	s := &x.sents[m.sent]
	i := m.end
	for i < len(s.toks) && i < m.end+2 && auxiliaries[s.lower(i)] {
		i++
	}
	if i < len(s.toks) && (meetingWord(s, i) && x.meetsSomeone(s, i) || speakVerbs[s.lower(i)] && s.toks[i].Tag != "NNS" && (i+1 == len(s.toks) || s.lower(i+1) != "out")) {
		return true // "Obama spoke", not "Oxfam spoke out"
	}
	j := m.start - 1
	if j >= 0 && (s.lower(j) == "with" || s.lower(j) == "to") {
		j--
	}
	return j >= 0 && j < m.start-1 && speakVerbs[s.lower(j)] || j >= 0 && meetingWord(s, j) && s.toks[j].Tag != "NN" && s.toks[j].Tag != "NNS"
}

// meetsSomeone reports whether the meeting verb at token i of s has a
// person for its object, or "with" after it: "met with", "met Holness",
// not "has met stiff competition".
func (x *extractor) meetsSomeone(s *sentence, i int) bool {
	if i+1 >= len(s.toks) {
		return false
	}
	if w := s.lower(i + 1); w == "with" {
		return true
	}
	o := s.owner[i+1]
	return o >= 0 && x.mentions[o].typ == Person
}

// meetingWord reports whether token i of s is a verb of meeting someone or
// of calling them, or a verb of talking followed by "with".
func meetingWord(s *sentence, i int) bool {
	switch w := s.lower(i); {
	case w == "met" || w == "meets" || w == "phoned" || w == "telephoned" || w == "phones":
		return true
	case speakVerbs[w]:
		return i+1 < len(s.toks) && s.lower(i+1) == "with"
	}
	return false
}

// personsPossessive reports whether a noun only a person owns follows
// mention m's possessive: "Zelnik's wife".
func (x *extractor) personsPossessive(m *mention) bool {
	s := &x.sents[m.sent]
	i := m.end
	if i+1 >= len(s.toks) || s.toks[i].Tag != "POS" {
		return false
	}
	if i+2 < len(s.toks) && (s.lower(i+1) == "late" || s.lower(i+1) == "former" || s.lower(i+1) == "new") {
		i++
	}
	return personOwned[s.lower(i+1)]
}

// personVerbAfter reports whether a verb only people take follows mention
// m: "was born", "died", "told reporters", "married".
func (x *extractor) personVerbAfter(m *mention) bool {
	s := &x.sents[m.sent]
	i := m.end
	if i >= len(s.toks) {
		return false
	}
	w := s.lower(i)
	next := ""
	if i+1 < len(s.toks) {
		next = s.lower(i + 1)
	}
	switch {
	case w == "died" || w == "married" || w == "resigned":
		return true
	case (w == "was" || w == "is") && next == "born":
		return true
	case tellVerbs[w] && (next == "reporters" || next == "journalists"):
		return true
	}
	return false
}

// takenUpNext reports whether mention m is the only person's name of a
// sentence it opens, as the subject of a verb, and "he" or "she" opens the
// next sentence: "Obama spoke in Chicago. He said ...".
func (x *extractor) takenUpNext(m *mention) bool {
	if m.start != 0 || m.sent+1 >= len(x.sents) {
		return false
	}
	s := &x.sents[m.sent]
	if m.end >= len(s.toks) || !isVerbTag(s.toks[m.end].Tag) && !auxiliaries[s.lower(m.end)] {
		return false
	}
	for i := m.end; i < len(s.toks); i++ {
		if o := s.owner[i]; o >= 0 && x.mentions[o].typ == Person {
			return false
		}
	}
	n := &x.sents[m.sent+1]
	return len(n.toks) > 0 && (n.lower(0) == "he" || n.lower(0) == "she")
}

// isVerbTag reports whether a part-of-speech tag is a verb's.
func isVerbTag(tag string) bool { return len(tag) >= 2 && tag[:2] == "VB" || tag == "MD" }

// surnamesShownPeople types as people's the one-word names read as a
// body's ("Bloomberg", a news agency's name) that are the surname of a
// person the article names in full with a given name ("Michael Bloomberg",
// not "New Labour") when a sentence
// shows the word is a person's: "Bloomberg now denies he ever said",
// "Bloomberg's wife", "Bloomberg met with". A name after "the" or sure to
// be a body's keeps its type.
func (x *extractor) surnamesShownPeople() {
	full := map[string]bool{} // last words of people's full names
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ == Person && !m.demonym && !m.nominal {
			if f := strings.Fields(m.name); len(f) > 1 && lowerIn(givenNames, f[0]) {
				full[f[len(f)-1]] = true
			}
		}
	}
	if len(full) == 0 {
		return
	}
	shown := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.demonym || m.nominal || m.sure || m.end != m.start+1 || !full[m.name] || x.afterThe(m) || x.cutFromName(m) && !x.afterOpeningWord(m) {
			continue
		}
		if x.pronounAfter(m) || x.personsPossessive(m) || x.personVerbAfter(m) || x.meetingParty(m) || x.pairedWithPerson(m) {
			shown[m.name] = true
		}
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ == Organization && !m.sure && shown[m.name] && (!x.afterThe(m) || x.beforeCommonNoun(m)) {
			m.typ = Person
		}
	}
}

// quoteMark reports whether a token is a quotation mark.
func quoteMark(w string) bool {
	switch w {
	case "“", "”", "\"", "``", "''", "‘", "’", "'":
		return true
	}
	return false
}

// nicknamed reports whether one-word mention m is a part of a person's
// name around a nickname in quotes: the nickname after a given name, or the
// surname after it ("Renaldo “Peewee” Gilkes").
func (x *extractor) nicknamed(m *mention) bool {
	toks := x.sents[m.sent].toks
	given := func(i int) bool {
		return i >= 0 && i < len(toks) && lowerIn(givenNames, toks[i].Text) && gazetteer.Capitalised(toks[i].Text)
	}
	capital := func(i int) bool {
		return i >= 0 && i < len(toks) && letters(toks[i].Text) && gazetteer.Capitalised(toks[i].Text)
	}
	quote := func(i int) bool { return i >= 0 && i < len(toks) && quoteMark(toks[i].Text) }
	s, e := m.start, m.end
	if quote(s-1) && quote(e) && given(s-2) && capital(e+1) {
		return true // the nickname
	}
	return quote(s-1) && capital(s-2) && quote(s-3) && given(s-4) // the surname
}
