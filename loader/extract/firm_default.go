// Names read as people's that open as firms' names do: news names a person
// again by the surname, a firm by its first word ("Kidder Peabody" ...
// "Kidder said"), and firmOpeners (learned that way from unlabelled news by
// ./firmopeners) holds the words that open firms' names far more often
// than people's. A name the recogniser read as a person's that opens with
// one, and that nothing in the article shows is a person's, is a firm's.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// firmOpeners are the words that open firms' names rather than people's
// in news (data/firmOpeners.txt), lower-cased.
var firmOpeners = wordSet("firmOpeners")

// firmsByOpener retypes as organisations the names read as people's that
// open with a firm's first word ("Drexel Burnham", "Merrill Lynch",
// "Toshiba") when nothing in the article treats them as people's: no
// title, honorific, "he" or "she", apposition or age (personEvidence) on
// the name or its last word alone, and the last word of a longer name
// never used alone, as people's surnames are.
func (x *extractor) firmsByOpener() {
	var people, alone map[string]bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym || m.nominal || !lowerIn(firmOpeners, firstField(m.name)) {
			continue
		}
		if people == nil {
			people, alone = x.personEvidence(), x.oneWordPeople()
		}
		f := strings.Fields(m.name)
		last := f[len(f)-1]
		if people[m.name] || people[last] || len(f) > 1 && alone[last] {
			continue
		}
		m.typ = Organization
	}
}

// givenNames are English given names, lower-cased (data/givenNames.txt).
var givenNames = wordSet("givenNames")

// surnames are words that end people's names in news, by how articles name
// them again (data/surnames.txt, learned by ./firmopeners), lower-cased.
var surnames = wordSet("surnames")

// loneNames retypes as organisations the one-word names read as people's
// that the article never names in full nor shows are people's (a title,
// an honorific, "he" or "she", an apposition or an age): news names a
// person in full before it names them by one word, and a one-word name
// never so named is a firm's, a club's or a brand's ("Oxfam", "Paramount",
// "Yahoo"). Not a given name (people go by their first names too: "Sam"),
// nor a word news uses as a surname ("Blair"), nor a name a sentence shows
// is a person's ("Mottley met with Holness", lonePeopleByContext), nor a
// part of a name around a nickname ("Renaldo “Peewee” Gilkes").
func (x *extractor) loneNames() {
	people := x.personEvidence()
	shown := x.lonePeopleByContext() // lone_people.go
	inNames := map[string]bool{}     // the words of people's longer names
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ == Person && !m.demonym {
			if f := strings.Fields(m.name); len(f) > 1 {
				for _, w := range f {
					inNames[w] = true
				}
			}
		}
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym || m.nominal || strings.Contains(m.name, " ") || people[m.name] && !x.afterThe(m) || shown[m.name] || inNames[m.name] || lowerIn(givenNames, m.name) || lowerIn(surnames, m.name) || x.cutFromName(m) || x.nicknamed(m) || misspelt(m.name, inNames) {
			continue
		}
		m.typ = Organization
	}
}

// misspelt reports whether w is a word of names one letter more or less
// ("Berrada" for "Mohamed Berada"): the wire misspells surnames.
func misspelt(w string, names map[string]bool) bool {
	if len(w) < 5 {
		return false
	}
	for n := range names {
		if d := len(n) - len(w); (d == 1 || d == -1) && oneLetterApart(w, n) {
			return true
		}
	}
	return false
}

// oneLetterApart reports whether a and b, whose lengths differ by one, are
// the same but for one letter the longer one has.
func oneLetterApart(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return a[i:] == b[i+1:]
}

// commonWordNames retypes as organisations the names of two words or more
// read as people's that hold a word news mostly writes in lower case
// ("Perpetual Trustees", "Twentieth Century Fox", "Ask Jeeves"), when
// nothing in the article shows they are people's and no given name opens
// them, and their last word is not used alone for a person nor ends another
// person's name ("Bin Laden", "Osama bin Laden"), nor is a surname written
// with an apostrophe ("Tip O'Neill"): people's names
// are names' words ("Iveta Benesova"), or open with a given name when they
// hold a common word ("Jack Straw", "Gordon Brown").
func (x *extractor) commonWordNames() {
	var people, alone map[string]bool
	var ends map[string]int
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym || m.nominal || !strings.Contains(m.name, " ") {
			continue
		}
		f := strings.Fields(m.name)
		if lowerIn(givenNames, f[0]) || initialled(m.name) || len(strings.TrimSuffix(f[0], ".")) <= 2 || !anyRareCapital(f) || !endsProse(x.sents[m.sent].toks) {
			continue // not in a headline, whose common words are capitalised too
		}
		if people == nil {
			people, alone = x.personEvidence(), x.oneWordPeople()
			ends = x.personNameEnds()
		}
		if last := f[len(f)-1]; !people[m.name] && !people[last] && !alone[last] && lowerIn(ends, last) < 2 && !apostropheSurname(last) {
			m.typ = Organization
		}
	}
}

// personNameEnds counts, for the last word of each name of two words or
// more read as a person's (lower-cased), the names it ends.
func (x *extractor) personNameEnds() map[string]int {
	names := map[string]bool{}
	out := map[string]int{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym || names[m.name] {
			continue
		}
		names[m.name] = true
		if f := strings.Fields(m.name); len(f) > 1 {
			out[lower(f[len(f)-1])]++
		}
	}
	return out
}

// anyRareCapital reports whether a capitalised word of ws is one news
// seldom capitalises inside a sentence, and no word is in lower case (a
// particle of a person's name: "Osama bin Laden").
func anyRareCapital(ws []string) bool {
	rare := false
	for _, w := range ws {
		if !gazetteer.Capitalised(w) {
			return false
		}
		rare = rare || letters(w) && ner.RareCapital(w)
	}
	return rare
}

// titledGivenNames types as people's the names of two words opening with a
// given name or initials, right after a title (titleBeforeName), that the
// recogniser read as a body's ("Fleet comptroller Irv Goss said it is
// estimated": that "it" is no body's; "Tool Co chairman W.A. Kistler";
// "Finance Minister Sue Essex"). Initials and an unknown surname look like
// a firm's name ("E.F. Hutton"), but no firm is a title's holder.
func (x *extractor) titledGivenNames() {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.demonym || m.nominal || m.start == 0 || m.end-m.start != 2 {
			continue
		}
		s := &x.sents[m.sent]
		toks := s.toks
		if !x.titleBeforeName(m.sent, m.start) || !lowerIn(givenNames, toks[m.start].Text) && !initialsWord(toks[m.start].Text) {
			continue
		}
		if orgWord(toks[m.start:m.end]) {
			continue // "chairman John Deere Co": a body's word ends it
		}
		if x.tradeFirm(m) {
			continue // "auditors Arthur Andersen": a trade's plural before one name (firm_trades.go)
		}
		if last := toks[m.end-1].Text; gazetteer.IsOrgSuffix(last) || lowerIn(legalForms, strings.TrimSuffix(last, ".")) {
			continue
		}
		if _, known := orgLookup(m.name); !known {
			m.typ = Person
		}
	}
}

// afterThe reports whether "the" stands just before mention m, as it does
// before a body's name ("a consultant to the Tote and for his column"), not
// a person's: there a pronoun after the name is no person's evidence.
func (x *extractor) afterThe(m *mention) bool {
	return m.start > 0 && x.sents[m.sent].toks[m.start-1].Text == "the"
}

// cutFromName reports whether a capitalised word stands just before
// mention m: the rest of a name the rules cut it from ("Jan Eliasson", the
// month's abbreviation cut off).
func (x *extractor) cutFromName(m *mention) bool {
	toks := x.sents[m.sent].toks
	return m.start > 0 && letters(toks[m.start-1].Text) && gazetteer.Capitalised(toks[m.start-1].Text)
}

// oneWordPeople returns the names of one word read as people's.
func (x *extractor) oneWordPeople() map[string]bool {
	out := map[string]bool{}
	for k := range x.mentions {
		if m := &x.mentions[k]; m.typ == Person && !m.demonym && !m.nominal && !strings.Contains(m.name, " ") {
			out[m.name] = true
		}
	}
	return out
}
