package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// awardCues and awardVerbs say a name is an award's (data/awardCues.txt,
// data/awardVerbs.txt).
var (
	awardCues  = wordSet("awardCues")
	awardVerbs = wordSet("awardVerbs")
)

// awardNames retypes as things the names an article shows are awards',
// which the recogniser read as organisations (or, for a given name alone,
// people): a name right before an award's noun in lower case ("a 1988
// Golden Globe nomination", "two Sony Radio awards", "Oscar nominee Clive
// Owen"), after a verb of winning and "a" or "an" that it ends ("who has
// never won an Oscar", "win a Golden Globe award"), or after an award's
// category ("the best actress Oscar"). Every mention of the
// name in the article goes (organisation nodes seed322 of the full store of
// 893163c: "Oscar" an organisation in 21 articles, "Sony Radio"). Not a
// name a gazetteer knows, an acronym ("BBC awards", "MTV awards": bodies
// that give awards), a name a rule typed sure, nor a person's name but one
// word; a nomination is an award's only after a name of two words or more
// ("the Gates nomination", "the Bork nomination" are a person's), a nominee
// after a person's word only after a given name ("Oscar nominee Clive
// Owen", not "Reagan nominee William Webster").
func (x *extractor) awardNames() {
	var awards map[string]bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if !x.awardCandidate(m) || awards[m.name] {
			continue
		}
		if x.awardCueAfter(m) || x.wonBefore(m) || x.categoryBefore(m) {
			if awards == nil {
				awards = map[string]bool{}
			}
			awards[m.name] = true
		}
	}
	if awards == nil {
		return
	}
	for k := range x.mentions {
		if m := &x.mentions[k]; awards[m.name] && (m.typ == Organization || m.typ == Person) && !m.sure {
			m.typ = Other
		}
	}
}

// awardCandidate reports whether mention m may name an award: an
// organisation's name, or one word read as a person's and no word of a
// longer person's name of the article ("Best actor Foxx" after "Jamie
// Foxx"), that no
// gazetteer knows, not all capitals, not typed sure.
func (x *extractor) awardCandidate(m *mention) bool {
	if m.typ != Organization && m.typ != Person {
		return false // the cheap screen before the name's look-ups
	}
	if m.sure || m.demonym || m.nominal || strings.ToUpper(m.name) == m.name || gazetteerKnows(m.name) || gazetteer.IsOrgSuffix(lastField(m.name)) {
		return false // "the BBC awards", "European Sports Journalists Association awards": who gives them
	}
	switch m.typ {
	case Organization:
		return true
	case Person:
		return !strings.Contains(m.name, " ") && !x.wordOfPerson(m.name)
	}
	return false
}

// awardCueAfter reports whether an award's noun in lower case follows
// mention m.
func (x *extractor) awardCueAfter(m *mention) bool {
	s := &x.sents[m.sent]
	if m.end >= len(s.toks) || !awardCues[s.toks[m.end].Text] {
		return false
	}
	switch s.toks[m.end].Text {
	case "nomination", "nominations", "nominee", "nominees":
		// "the Gates nomination", "the Labour nominee": a person's or a
		// party's; "Oscar nominee", "a Golden Globe nomination"
		if m.typ == Person {
			return lowerIn(givenNames, m.name) && strings.HasPrefix(s.toks[m.end].Text, "nominee")
		}
		return strings.HasPrefix(s.toks[m.end].Text, "nominee") || strings.Contains(m.name, " ")
	}
	return true
}

// wonBefore reports whether a verb of winning and "a" or "an" stand before
// mention m, and m ends the phrase: no lower-case word but an award's noun
// or a preposition after it ("won an Oscar for", not "won a Labour seat").
func (x *extractor) wonBefore(m *mention) bool {
	s := &x.sents[m.sent]
	if m.start < 2 || !awardVerbs[s.lower(m.start-2)] {
		return false
	}
	if a := s.lower(m.start - 1); a != "a" && a != "an" {
		return false
	}
	if m.end >= len(s.toks) {
		return true
	}
	next := s.toks[m.end].Text
	if awardCues[next] || !letters(next) || gazetteer.Capitalised(next) {
		return true
	}
	switch s.lower(m.end) {
	case "for", "and", "in", "at", "with", "or", "as", "after", "this", "last", "on":
		return true
	}
	return false
}

// categoryBefore reports whether an award's category, "best" and one to
// three words in lower case, stands right before mention m: "the best
// actress Oscar", "the best supporting actor Bafta"; nouns, adjectives
// and participles before a noun only ("won best actor for Ray", "best
// comedy film beating Shaun of the Dead" are no category's).
func (x *extractor) categoryBefore(m *mention) bool {
	s := &x.sents[m.sent]
	for j := m.start - 1; j >= 0 && j >= m.start-4; j-- {
		w := s.toks[j].Text
		if s.lower(j) == "best" {
			return j < m.start-1
		}
		if t := s.toks[j].Tag; !letters(w) || gazetteer.Capitalised(w) || t != "NN" && t != "NNS" && t != "JJ" && (t != "VBG" || j == m.start-1) {
			return false // "best actor for Ray", "best if Dome ends up"
		}
	}
	return false
}

// lastField returns the last word of s, "" when none.
func lastField(s string) string {
	_, last, _ := edgeFields(s)
	return last
}

// wordOfPerson reports whether w is a word of a longer name the article
// gives a person.
func (x *extractor) wordOfPerson(w string) bool {
	for k := range x.mentions {
		if m := &x.mentions[k]; m.typ == Person && strings.Contains(m.name, " ") && hasField(m.name, w) {
			return true
		}
	}
	return false
}
