// Labels glued to the sentence after them. A table flattened to lines puts
// each row's name before its description with nothing between them
// ("Chanterelle A tasty mushroom with a fruity smell", "Snow Yam This little
// yam was hiding beneath the snow", "Wool Soft, fluffy wool"): the capital
// after the name opens a sentence, and the name is a row's label, where
// capitals say no more than in a heading. Read by the tag of the word after
// the name (a determiner, a pronoun, a preposition that opens a clause),
// never by the words themselves. A capitalised noun, verb or adjective
// there says nothing: wire copy writes "Bank of Japan Governor Satoshi
// Sumita said", "Barter Resources said".

package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// gluedLabel reports whether mention m opens its sentence and a new
// sentence starts right after it, with no punctuation between: the next
// word is capitalised and is a word that opens clauses: a determiner, a
// pronoun, a preposition that joins no name's words ("Chanterelle A tasty
// mushroom", "Tom Kha Soup These flavors are incredible!", "Diamond A rare
// and valuable gem").
func (x *extractor) gluedLabel(m *mention) bool {
	s := &x.sents[m.sent]
	if s.row || m.start != firstWord(s.toks) || m.end+1 >= len(s.toks) {
		return false
	}
	t := s.toks[m.end]
	if !letters(t.Text) || !gazetteer.Capitalised(t.Text) || s.owner[m.end] >= 0 {
		return false
	}
	if lowerIn(descriptionOpeners, t.Text) {
		return true // the tagger reads "Chanterelle A tasty" as two proper nouns
	}
	switch t.Tag {
	case "DT", "PRP", "PRP$", "EX", "WDT", "WP", "WRB":
		return t.Text != "I"
	case "IN":
		return !lowerIn(nameJoiners, t.Text)
	}
	return false
}

// descriptionOpeners are the articles and pronouns that open a description
// whatever the tagger makes of them.
var descriptionOpeners = map[string]bool{"a": true, "an": true, "the": true, "this": true, "these": true, "those": true, "it": true, "its": true, "it's": true, "they": true, "their": true, "there": true, "he": true, "she": true, "his": true, "her": true, "we": true, "our": true, "you": true, "your": true, "my": true}

// nameJoiners are the small words names hold between capitalised words,
// which a page may capitalise too ("Bank Of Japan", "Friends For Life").
var nameJoiners = map[string]bool{"of": true, "for": true, "in": true, "on": true, "at": true, "de": true, "du": true, "von": true, "van": true, "del": true, "la": true, "le": true}
