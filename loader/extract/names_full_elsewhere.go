// A name cut of the words that open its sentence, where the article writes
// it whole elsewhere. The recogniser drops a capitalised word that opens a
// sentence ("Con Edison officials said" gives "Edison", a city), but the
// article names the body in full elsewhere ("blamed on Con Edison"): the
// opening words, with the cut name, are that name and take its type. Only
// at a prose sentence's opening, where a capital says nothing of a word;
// inside a sentence or a headline the recogniser read the capital and left
// the word out for a reason ("Already Using AI").

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// maxCutWords is how many opening words a cut name may have lost.
const maxCutWords = 2

// fullNamesElsewhere extends each name cut of its sentence's opening words
// to the name of two words or more the article reads elsewhere (see the
// file's comment).
func (x *extractor) fullNamesElsewhere() {
	var whole map[string]EntityType
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.bstart != 0 || m.bend != 0 || m.end-m.start < 2 || m.typ == Event {
			continue
		}
		if whole == nil {
			whole = map[string]EntityType{}
		}
		whole[m.name] = m.typ
	}
	if whole == nil {
		return
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.bstart != 0 || m.bend != 0 || m.start == 0 || m.start > maxCutWords {
			continue
		}
		s := &x.sents[m.sent]
		if !openingCapitals(s, m.start) || !endsProse(s.toks) {
			continue
		}
		name := cleanName(x.span(m.sent, 0, m.end), m.typ)
		typ, ok := whole[name]
		if !ok || name == m.name { // "The", "Mr": words a name drops anyway
			continue
		}
		x.respan(k, 0, m.end, typ)
	}
}

// openingCapitals reports whether the tokens before token end of sentence s
// are capitalised words of no name.
func openingCapitals(s *sentence, end int) bool {
	for i := 0; i < end; i++ {
		if s.owner[i] >= 0 || !letters(s.toks[i].Text) || !gazetteer.Capitalised(s.toks[i].Text) {
			return false
		}
	}
	return true
}
