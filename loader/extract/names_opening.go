// Capitalised common words at the opening of a sentence or a quotation,
// which the recogniser reads as names: "Yeah in Maine I got a tick bite",
// "“Shaming is the wrong way forward”", "Beware of the thorns".

package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/internal/wordset"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// commonWordsData is the lower-case words of an English spelling dictionary
// (SCOWL's american-english list as Debian's wamerican ships it: only the
// entries written in lower case, so no proper nouns; see data/NOTICE.md).
//
//go:embed data/commonWords.txt.gz
var commonWordsData []byte

// commonWords reads commonWordsData once.
var commonWords = wordset.Lazy("extract: commonWords", commonWordsData)

// dictionaryWord reports whether w, lower-cased, is a word of the English
// dictionary written in lower case.
func dictionaryWord(w string) bool {
	return commonWords().Has(lower(w))
}

// dropOpeningWords drops the one-word names that the article only ever
// writes at the opening of a sentence, a quotation or a clause after a colon
// or a dash, or in a heading in title case (proseCase, names_works.go),
// where English capitalises every word, when the word is one of
// the dictionary's in lower case and no list knows it as a name ("Yeah",
// "Shaming", "Beware"); and, anywhere, weekdays in the plural ("Mondays")
// and drawn-out interjections ("Hmmm", "Ummm"). A name also written inside
// a sentence, typed by its context, that a gazetteer, the given names or
// the surnames know, or that opens a longer name of the article, stays:
// "Apple said" after "Apple Inc" (or "Ionic said" after "Ionic Industries
// Inc", both at openings).
func (x *extractor) dropOpeningWords() {
	var cand map[string]bool // name -> every mention so far opens a sentence
	var drop []bool
	for k := range x.mentions {
		m := &x.mentions[k]
		s := &x.sents[m.sent]
		if m.end-m.start != 1 || m.demonym || m.nominal || m.bstart != 0 || m.bend != 0 {
			continue
		}
		if plainWordName(s.lower(m.start)) {
			if drop == nil {
				drop = make([]bool, len(x.mentions))
			}
			drop[k] = true
			continue
		}
		if cand == nil {
			cand = map[string]bool{}
		}
		open, seen := cand[m.name]
		if seen && !open {
			continue
		}
		cand[m.name] = !m.sure && (openingWord(s, m.start) || !proseCase(s.toks)) && !namedAfter(s, m.end) && commonOpener(m.name)
	}
	var opens map[string]bool // first words of the names of two words or more
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.end-m.start != 1 || !cand[m.name] {
			continue
		}
		if opens == nil {
			opens = x.longerNameOpeners()
		}
		if !opens[m.name] && !x.writtenInside(m.name) {
			if drop == nil {
				drop = make([]bool, len(x.mentions))
			}
			drop[k] = true
		}
	}
	if drop != nil {
		x.removeMentions(drop)
	}
}

// plainWordName reports whether a lower-cased word is a weekday in the
// plural ("mondays") or a drawn-out interjection ("hmmm", "ummm", "uhhh").
func plainWordName(lw string) bool {
	if _, ok := weekdays[strings.TrimSuffix(lw, "s")]; ok && strings.HasSuffix(lw, "s") {
		return true
	}
	return interjection(lw)
}

// interjection reports whether a lower-cased word is one of the sounds
// written for hesitation, however long: "hmm", "ummm", "uhh", "ahhh", "err".
func interjection(lw string) bool {
	if len(lw) < 3 {
		return false
	}
	for _, p := range [...]string{"hm", "um", "uh", "ah", "oh", "er"} {
		if lw[0] != p[0] {
			continue
		}
		i := 1
		for i < len(lw) && lw[i] == p[0] {
			i++
		}
		if i >= len(lw) || lw[i] != p[1] {
			continue
		}
		for i < len(lw) && lw[i] == p[1] {
			i++
		}
		if i == len(lw) && len(lw) >= 3 && !(p == "er" && len(lw) < 4) {
			return true
		}
	}
	return false
}

// openingWord reports whether token i of a sentence opens it, a quotation
// or a clause after a colon or a dash, or follows the clock time that opens
// a line ("8:00 AM Wakes up"): a place where any word is capitalised.
func openingWord(s *sentence, i int) bool {
	if i == 0 || i == clockPrefix(s.toks) {
		return true
	}
	p := s.toks[i-1]
	if isOpenQuote(p) {
		return true
	}
	switch p.Text {
	case "“", "‘", "'", ":", "—", "–", "(", "…":
		return true
	}
	return false
}

// namedAfter reports whether the token at i shows the word before it is a
// name: a possessive ("Yahoo's shares") or a closing quotation mark (a
// nickname, "Renaldo “Peewee” Gilkes").
func namedAfter(s *sentence, i int) bool {
	if i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	return t.Tag == "POS" || isCloseQuote(t) || t.Text == "’s" || t.Text == "'s"
}

// commonOpener reports whether a one-word name is a dictionary word (the
// standard one or the large lower-case one, names_lower_dictionary.go) that no
// list knows as a name: not a place, a body, a given name, a surname of
// news, an honorific or a word news capitalises inside sentences.
func commonOpener(name string) bool {
	if !letters(name) || !gazetteer.Capitalised(name) || !dictionaryWord(name) && !lowerCaseWord(name) {
		return false
	}
	lw := lower(name)
	if givenNames[lw] || surnames[lw] || holidays[lw] || isHonorific(name) {
		return false
	}
	if _, ok := gazetteer.Place(name); ok {
		return false
	}
	if _, ok := gazetteer.Org(name); ok {
		return false
	}
	_, dem := demonym(name)
	return !dem
}

// longerNameOpeners returns the first words of the article's names of two
// words or more ("Ionic" of "Ionic Industries Inc").
func (x *extractor) longerNameOpeners() map[string]bool {
	opens := map[string]bool{}
	for k := range x.mentions {
		if first, rest, ok := strings.Cut(x.mentions[k].name, " "); ok && rest != "" {
			opens[first] = true
		}
	}
	return opens
}

// writtenInside reports whether the article writes name, capitalised, inside
// a sentence of prose somewhere, away from any opening: then it is a name.
func (x *extractor) writtenInside(name string) bool {
	for si := range x.sents {
		s := &x.sents[si]
		if !proseCase(s.toks) {
			continue // a heading in title case capitalises every word
		}
		for i, t := range s.toks {
			if t.Text == name && !openingWord(s, i) && !(i > 0 && sentenceEnd(s.toks[i-1])) {
				return true
			}
		}
	}
	return false
}

// sentenceEnd reports whether a token ends a sentence the splitter did not
// split ("… forward.” Shaming").
func sentenceEnd(t nlp.Token) bool {
	switch t.Text {
	case ".", "!", "?", "”", "’", "\"":
		return true
	}
	return false
}
