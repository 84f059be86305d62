// Acronyms of common things. Modern pages write the things they talk about
// in capitals ("TV shows", "a patient's ECG", "his new EP", "COVID-19"),
// and the recogniser reads an acronym as a body's name.
// An acronym is no body's when news writes it as a thing (thingAcronyms,
// learned from unlabelled news by ./thingacronyms) or the page does: in the
// plural, as the head of a phrase opened by an article other than "the", a
// possessive pronoun or a common noun's possessive, or glued to a number
// ("COVID-19"); unless the page also shows it as a body, with a
// possessive or a verb of speech or in brackets after the body's name it
// spells, or a gazetteer or its context knows it.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// thingAcronyms are the acronyms news writes as common things
// (data/thingAcronyms.txt, learned by ./thingacronyms).
var thingAcronyms = wordSet("thingAcronyms")

// thingOpeners open a phrase whose head is a thing, not a body: "a TV",
// "his new EP" (not "an IBM spokesman": see modifies).
var thingOpeners = map[string]bool{"a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "my": true, "our": true, "your": true, "new": true, "own": true}

// acronymUse counts how a page uses an acronym.
type acronymUse struct {
	thing, body int
	// quality counts the uses between an adjective and a noun, definite
	// those a body's name has (names_acronym_modifiers.go)
	quality, definite int
}

// dropThingAcronyms removes the one-token acronyms read as bodies that news
// or the page writes as things (see the file's comment).
func (x *extractor) dropThingAcronyms() {
	var cand map[string]*acronymUse
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.sure || m.end-m.start != 1 || !isAcronym(m.name) || strings.ContainsAny(m.name, ".&") || gazetteerKnows(m.name) {
			continue
		}
		if cand == nil {
			cand = map[string]*acronymUse{}
		}
		cand[m.name] = &acronymUse{}
	}
	if cand == nil {
		return
	}
	for si := range x.sents {
		x.countAcronymUses(&x.sents[si], cand)
	}
	x.dropMentionsIf(func(m *mention) bool {
		u := cand[m.name]
		if u == nil || m.typ != Organization || m.sure || u.body > 0 {
			return false
		}
		return lowerIn(thingAcronyms, m.name) || u.thing > 0 || u.qualified()
	})
}

// countAcronymUses adds the uses of the candidate acronyms in one sentence.
func (x *extractor) countAcronymUses(s *sentence, cand map[string]*acronymUse) {
	toks := s.toks
	for i, t := range toks {
		w := t.Text
		if w == "" || 'a' <= w[0] && w[0] <= 'z' {
			continue // no candidate (capitals, digits, dots) starts in lower case
		}
		if len(w) > 2 && strings.HasSuffix(w, "s") {
			if u := cand[w[:len(w)-1]]; u != nil {
				u.thing++ // "ECGs"
				continue
			}
		}
		if a, b, ok := strings.Cut(w, "-"); ok && cand[a] != nil && b != "" && b[0] >= '0' && b[0] <= '9' {
			cand[a].thing++ // "COVID-19": a code with its number
			continue
		}
		u := cand[w]
		if u == nil {
			continue
		}
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Text
		}
		switch {
		case t.Tag == "POS" || next == "'s" || next == "’s" || lowerIn(speechVerbs, next):
			u.body++
		case x.bracketedAfterBody(s, i):
			u.body++ // "Paramount Oil Corp (POC)": the page spells it as a body's name
		case i > 0 && (thingOpeners[s.lower(i-1)] || commonPossessive(toks, i-1)) && !modifies(toks, i):
			u.thing++ // "his new EP.", "a patient's ECG"
		case priceTermUse(s, i):
			u.thing++ // "180 dlrs a tonne FOB", "points over LIBOR" (names_price_terms.go)
		case i > 0 && qualityBefore(toks[i-1]) && modifies(toks, i):
			u.quality++ // "tremendous CPU load" (names_acronym_modifiers.go)
		case x.spelledThing(s, i):
			u.thing++ // "World Economic Outlook (WEO)" (names_thing_spelled.go)
		case bodyUse(s, i):
			u.definite++ // "to stabilise the EMS", "Budget (OMB)", "OMB Deputy Director"
		}
	}
}

// bracketedAfterBody reports whether the acronym at token i of s stands in
// brackets right after an organisation's name that it is the acronym of.
func (x *extractor) bracketedAfterBody(s *sentence, i int) bool {
	if i < 2 || s.toks[i-1].Text != "(" || i+1 >= len(s.toks) || s.toks[i+1].Text != ")" {
		return false
	}
	o := s.owner[i-2]
	if o < 0 {
		return false
	}
	m := &x.mentions[o]
	return m.typ == Organization && m.end == i-1 && acronymLetters(s.toks[i].Text, m.name)
}

// commonPossessive reports whether token p is the possessive ending of a
// common noun: "a patient's ECG" is a thing, "the UK's CBI" a body.
func commonPossessive(toks []nlp.Token, p int) bool {
	return toks[p].Tag == "POS" && p > 0 && toks[p-1].Text == lower(toks[p-1].Text)
}

// modifies reports whether token i stands before a noun in lower case that
// it modifies: "an IBM spokesman" is the spokesman's, not a thing.
func modifies(toks []nlp.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return letters(n.Text) && strings.HasPrefix(n.Tag, "NN") && n.Text == lower(n.Text)
}
