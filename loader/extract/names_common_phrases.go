// Names made of common words. Recipe, shop, game and list pages capitalise
// the things they show ("Olive Oil", "Chocolate Buttercream Frosting",
// "Wilted Bouquet", "Forest") and the recogniser reads the capitals as a
// name. A phrase every word of which news writes in lower case (ner's word
// statistics) and the dictionary holds in lower case is typed only on
// positive evidence: a gazetteer entry, a word of a body's or a place's name
// that ends or opens it ("Bank", "Ministry", "Street"), a body noun last, a
// context that typed it, or a person's title before it or a verb of speech
// after it. Read by how news writes words and by the page's own spelling,
// never by the words themselves.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// phraseGlue are the function words a name of common words may hold
// ("Wit and Wisdom", "Olive & Herb Focaccia").
var phraseGlue = map[string]bool{"of": true, "and": true, "&": true, "the": true, "for": true, "in": true, "on": true, "a": true}

// dropCommonPhrases removes the mentions whose words are all common words
// and that nothing else shows to be names: a phrase of words news seldom
// capitalises inside a sentence (commonWord), or of dictionary words the page
// also writes in lower case as the same phrase ("olive oil" for "Olive
// Oil"), unless a gazetteer knows it, its head or opener makes it a body's
// or a place's name, its context typed it, or a title or a verb of speech
// shows a person.
func (x *extractor) dropCommonPhrases() {
	verdict := map[string]bool{} // name -> drop its mentions
	var drop []bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.sure || m.demonym || m.nominal || m.typ == Event || m.bstart != 0 || m.bend != 0 {
			continue
		}
		d, seen := verdict[m.name]
		if !seen {
			d = x.commonPhrase(m.name)
			verdict[m.name] = d
		}
		if !d || x.personShown(m) {
			if d {
				verdict[m.name] = false // one mention shows a person: all stay
			}
			continue
		}
		if drop == nil {
			drop = make([]bool, len(x.mentions))
		}
		drop[k] = true
	}
	if drop == nil {
		return
	}
	for k := range drop {
		if drop[k] && !verdict[x.mentions[k].name] {
			drop[k] = false
		}
	}
	x.removeMentions(drop)
}

// commonPhrase reports whether a name is made of common words only, each
// one news does not always capitalise and the page also writes in lower
// case, and neither the gazetteer nor its head or opener makes it a name. A
// one-word name must be written in lower case at least as often as with its
// capital ("house" and "House").
func (x *extractor) commonPhrase(name string) bool {
	f := strings.Fields(name)
	content := 0
	for _, w := range f {
		lw := lower(w)
		if phraseGlue[lw] {
			continue
		}
		if !letters(w) || isAcronym(w) || ner.SeenName(lw) || givenNames[lw] || surnames[lw] || !hasWord(x.text, lw) {
			return false
		}
		if !dictionaryWord(lw) && !commonWord(lw) {
			return false
		}
		if _, ok := gazetteer.Demonym(w); ok {
			return false // "Mezcal Mexican": a demonym is a name's word
		}
		content++
	}
	if content == 0 || gazetteerKnows(name) || headedCommon(f) {
		return false
	}
	if _, ok := gazetteer.Country(name); ok {
		return false
	}
	return len(f) > 1 || countWord(x.text, lower(name)) >= 2*countWord(x.text, name)
}

// commonWord reports whether news seldom capitalises a word inside a
// sentence, or has not seen it often enough to say (a dictionary word news
// rarely uses: "buttercream", "pendant").
func commonWord(lw string) bool { return ner.RareCapital(lw) || ner.Unseen(lw) }

// headedCommon reports whether a phrase's last word makes it a body's or a
// place's or an event's name ("Central Bank", "Finance Ministry", "High
// Street"), or its first word a body's ("University of ...").
func headedCommon(f []string) bool {
	last := strings.TrimSuffix(f[len(f)-1], ".")
	lw := lower(last)
	return gazetteer.IsOrgSuffix(last) || gazetteer.IsPlaceSuffix(last) || gazetteer.IsEventSuffix(last) ||
		bodyNouns[lw] || placeHeads[lw] || len(f) > 1 && gazetteer.IsOrgHead(f[0])
}

// countWord counts the times text holds w as a whole word.
func countWord(text, w string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return n
		}
		j += i
		e := j + len(w)
		if (j == 0 || !wordByte(text[j-1])) && (e == len(text) || !wordByte(text[e])) {
			n++
		}
		i = j + 1
	}
}

// personShown reports whether a person's mention is shown to be one by its
// context: a title or honorific before it ("Mr.", "Dr."), or a verb of
// speech after it ("Frost said").
func (x *extractor) personShown(m *mention) bool {
	if m.typ != Person {
		return false
	}
	if m.text != m.name {
		return true // "Mr. Red": a title was dropped from the name
	}
	s := &x.sents[m.sent]
	if m.start > 0 && gazetteer.IsPrefix(strings.TrimSuffix(s.toks[m.start-1].Text, ".")) {
		return true
	}
	return m.end < len(s.toks) && speechVerbs[s.lower(m.end)]
}
