// Names the recogniser read in one sentence and missed in another. A
// newswire names a body in full once and goes on by the same words: "The
// United Automobile Workers Union, UAW, ..." then "But the UAW, pointing to
// ..., said it". The recogniser reads each sentence alone and can miss the
// same words where the sentence around them is unusual; the article's own
// reading of those words is the better guess there. Read once the recogniser
// has read every sentence, before the article-wide rules, so that the names
// added here are retyped, joined and dropped as the others are.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// repeatedName is the token texts of a name the recogniser read, and
// whether it may be read again: a body's name by the article's readings
// and uses of it.
type repeatedName struct {
	words []string
	body  bool
}

// repeatedNames adds a mention wherever the article writes again, word for
// word and with the same capitals, a body's name the recogniser read in
// another sentence: an acronym of capitals only (one with "&" or stops is
// as often the initials of two names the recogniser split: "Scottish and
// Newcastle (S&N)"), or a name ending in a legal form or an
// organisation's word ("Chrysler Corp", "Athletics Kenya Federation"), not
// all its other words dictionary words (genericBodyName), read
// as an organisation at least as often as as anything else (the recogniser
// reads an acronym in apposition as a place as often as not). An acronym
// must also be shown as a body somewhere in the article and never as a
// thing (countRepeatedAcronymUses): "the UAW", "USDA's", not "SMS chat" or "a
// DAB conference" alone. Only on tokens no mention holds, not inside a
// longer run of capitalised words, and never in a table row, an
// all-capitals line, a work's title or after a work's noun. Other names are
// left alone: a one-word name can be a common word opening a sentence
// ("Union talks" in a headline), and a party's or a product's short name is
// read in its own ways ("Lib Dem leader", "DVD").
func (x *extractor) repeatedNames() {
	byFirst := x.readBodyNames()
	if len(byFirst) == 0 {
		return
	}
	for si := range x.sents {
		s := &x.sents[si]
		if s.row || s.shouts() {
			continue
		}
		toks := s.toks
		for i := 0; i < len(toks); i++ {
			cands, ok := byFirst[toks[i].Text]
			if !ok || s.owner[i] >= 0 {
				continue
			}
			for _, c := range cands {
				if !c.body {
					continue
				}
				j := i + len(c.words)
				if x.repeatFits(si, i, j, c.words) && x.addMention(si, i, j, Organization, false) >= 0 {
					i = j - 1
					break
				}
			}
		}
	}
}

// readBodyNames returns the acronyms and firm names the recogniser read in
// the article, by their first word, each marked a body's (repeatedName.body)
// when it was read as an organisation at least as often as as anything else
// and, for an acronym, the article shows it as a body and never as a thing.
func (x *extractor) readBodyNames() map[string][]*repeatedName {
	byFirst := map[string][]*repeatedName{}
	votes := map[*repeatedName]map[EntityType]int{}
	seen := map[string]*repeatedName{}
	note := func(words []string, typ EntityType) {
		key := strings.Join(words, " ")
		r, ok := seen[key]
		if !ok {
			r = &repeatedName{words: words}
			seen[key] = r
			votes[r] = map[EntityType]int{}
			byFirst[words[0]] = append(byFirst[words[0]], r)
		}
		votes[r][typ]++
	}
	for si := range x.sents {
		s := &x.sents[si]
		if s.row || s.shouts() {
			continue
		}
		for _, k := range s.mentions {
			m := &x.mentions[k]
			if m.demonym || m.nominal || m.bstart != 0 || m.bend != 0 {
				continue
			}
			n := m.end - m.start
			if n < 1 || n > 8 || !(n == 1 && repeatableAcronym(s.toks[m.start].Text, m.name) || n > 1 && firmName(m.name) && !genericBodyName(m.name)) {
				continue
			}
			words := make([]string, n)
			for i := range words {
				words[i] = s.toks[m.start+i].Text
			}
			note(words, m.typ)
		}
	}
	var acronyms map[string]*acronymUse
	for r, v := range votes {
		r.body = true
		for t, n := range v {
			if t != Organization && n > v[Organization] {
				r.body = false
			}
		}
		if r.body && len(r.words) == 1 {
			if acronyms == nil {
				acronyms = map[string]*acronymUse{}
			}
			acronyms[r.words[0]] = &acronymUse{}
		}
	}
	if acronyms != nil {
		x.countRepeatedAcronymUses(acronyms)
		for r := range votes {
			if u := acronyms[r.words[0]]; len(r.words) == 1 && u != nil {
				r.body = r.body && u.body > 0 && u.thing == 0
			}
		}
	}
	return byFirst
}

// repeatableAcronym reports whether a one-token mention, its token's text
// and its name, is an acronym of capitals only that news does not write as
// a thing's (thingAcronyms).
func repeatableAcronym(text, name string) bool {
	return isAcronym(text) && !strings.ContainsAny(name, ".&") && !lowerIn(thingAcronyms, name)
}

// genericBodyName reports whether every word of a body's name but its
// last is a dictionary word: "Central Bank", "National Bank" name one body
// where the sentence says which and another elsewhere ("Central Bank
// governors of the American continent").
func genericBodyName(name string) bool {
	f := strings.Fields(name)
	for _, w := range f[:len(f)-1] {
		if !dictionaryWord(w) {
			return false
		}
	}
	return true
}

// countRepeatedAcronymUses counts, over the article, the uses of the
// candidate acronyms as a thing (countAcronymUses: "ECGs", "his new EP")
// and as a body: a possessive or a verb of speech after it, in brackets
// after the body's name it spells (countAcronymUses), or alone after "the"
// ("the UAW, pointing to", not "the DAB standard"). Its body count is the
// second alone: an acronym written in brackets after any capitalised
// words ("British Sign Language (BSL)") or before a title is no body's by
// that.
func (x *extractor) countRepeatedAcronymUses(cand map[string]*acronymUse) {
	for si := range x.sents {
		s := &x.sents[si]
		x.countAcronymUses(s, cand)
		for i := 1; i < len(s.toks); i++ {
			if u := cand[s.toks[i].Text]; u != nil && s.lower(i-1) == "the" && !modifies(s.toks, i) {
				u.body++
			}
		}
	}
}

// repeatFits reports whether tokens [i, j) of sentence si are words, no
// mention's and in no work's title, and stand alone: no capitalised word
// runs on before or after them ("the UAW Local 600" is another name), no
// work's noun stands before them ("the series CSI" is a show's name, which
// dropCuedWorks would drop wherever the article writes it), and they are
// not in brackets right after a name: the name decides what they are
// there ("United Auto Workers (UAW)" is the body's acronym, which
// bracketedBodies adds and joins to it; "Athletics Kenya (AK)"
// read as a place is its code, names_towns.go).
func (x *extractor) repeatFits(si, i, j int, words []string) bool {
	s := &x.sents[si]
	toks := s.toks
	if j > len(toks) {
		return false
	}
	for k := i; k < j; k++ {
		if toks[k].Text != words[k-i] || s.owner[k] >= 0 || s.work != nil && s.work[k] {
			return false
		}
	}
	if i > 1 && capitalRunOn(toks[i-1].Text, toks[i-1].Tag) {
		return false
	}
	if j < len(toks) && capitalRunOn(toks[j].Text, toks[j].Tag) {
		return false
	}
	if workCued(s, i, j) {
		return false
	}
	if i > 1 && toks[i-1].Text == "(" && j < len(toks) && toks[j].Text == ")" {
		if m := x.mentionAt(si, i-2); m != nil && m.end == i-1 {
			return false
		}
	}
	return true
}

// capitalRunOn reports whether a neighbouring token would carry a name on:
// a capitalised proper noun or a number written after a name ("Local 600").
func capitalRunOn(text, tag string) bool {
	return strings.HasPrefix(tag, "NNP") && gazetteer.Capitalised(text) || tag == "CD" && text != "" && text[0] >= '0' && text[0] <= '9'
}
