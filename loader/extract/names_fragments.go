// Names read only in fragments. Joke, quiz and list pages print their
// answers and cries as sentences of a word or three ("Cowboom!",
// "Hammockery!", "Dill with it.", "Hi, bud!"), and the recogniser reads the
// capital that opens them as a name. A name the article writes only at the
// opening of such a fragment, with no word news always capitalises and no
// gazetteer entry, is no name. Read by the sentence's shape and by how news
// writes words, never by the words themselves.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/ner"
)

// fragmentWords is the most words a fragment holds.
const fragmentWords = 3

// dropFragmentNames removes the names every mention of which opens a
// fragment (fragment): a sentence of at most fragmentWords words and no finite
// verb, ending in a full stop or an exclamation mark, unless a word of the name is one news
// always capitalises, a given name or a surname, or a gazetteer knows it.
func (x *extractor) dropFragmentNames() {
	only := map[string]bool{} // name -> every mention so far opens a fragment
	for k := range x.mentions {
		m := &x.mentions[k]
		s := &x.sents[m.sent]
		frag := !m.sure && !m.demonym && !m.nominal && m.bstart == 0 && m.bend == 0 && m.start == firstWord(s.toks) && fragment(s)
		if seen, ok := only[m.name]; ok {
			only[m.name] = seen && frag
		} else {
			only[m.name] = frag && !nameWordIn(m.name) && !gazetteerKnows(m.name)
		}
	}
	x.dropMentionsIf(func(m *mention) bool { return only[m.name] })
}

// fragment reports whether a sentence is a fragment: at most fragmentWords
// words and no finite verb, ending in a full stop or an exclamation mark.
func fragment(s *sentence) bool {
	words := 0
	for _, t := range s.toks {
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" {
			return false // "Obama spoke.": a sentence, however short
		}
		if !isPunct(t.Text) {
			if words++; words > fragmentWords {
				return false
			}
		}
	}
	n := len(s.toks)
	for n > 0 && (s.toks[n-1].Text == "\"" || s.toks[n-1].Text == "”" || s.toks[n-1].Text == "’" || s.toks[n-1].Text == ")") {
		n--
	}
	return words > 0 && n > 0 && (s.toks[n-1].Text == "!" || s.toks[n-1].Text == "." || strings.HasSuffix(s.toks[n-1].Text, "!"))
}

// nameWordIn reports whether a word of a name is one news always
// capitalises (ner.SeenName), a given name or a surname.
func nameWordIn(name string) bool {
	for w := range strings.FieldsSeq(name) {
		lw := lower(w)
		if ner.SeenName(lw) || givenNames[lw] || surnames[lw] {
			return true
		}
	}
	return false
}
