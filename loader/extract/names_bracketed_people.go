// People written with the first part of their name in round brackets, as
// wire copy fills in a quotation: "(Soviet leader Mikhail) Gorbachev",
// "(Jon Dahl) Tomasson", "(Iraqi President) Saddam's forces". The
// recogniser, cut off at the bracket, reads the surname after it alone and
// types it by its neighbours (an organisation, a thing) or not at all.

package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// bracketedPeople types as a person, in the mentions stage, the one or two
// capitalised words right after a bracket that opens after no name (a lower-case
// word, an honorific, a title or an initial before it: not "GMAC (Australia)
// Finance") and holds a given name or a title (bracketPersonCue), unless they
// name a known place or body or a legal form or body's word follows them. A
// mention the recogniser made there is retyped, with every other of the same
// name in the article; where it made none, the words become a person's name.
func (x *extractor) bracketedPeople() {
	named := map[string]bool{}
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		for i := 2; i < len(s.toks); i++ {
			if s.toks[i-1].Text != ")" {
				continue
			}
			open := bracketOpen(s, i-1)
			if open < 0 || !bracketAfterNoName(s, open) || !bracketPersonCue(s, open+1, i-1) {
				continue
			}
			end := x.bracketedSurnameEnd(si, i)
			if end == i {
				continue
			}
			if k := x.bracketedPersonMention(si, i, end); k >= 0 {
				named[x.mentions[k].name] = true
			}
		}
	}
	for k := range x.mentions {
		if m := &x.mentions[k]; named[m.name] && !m.demonym && m.bend == 0 {
			m.typ, m.sure = Person, true
		}
	}
}

// bracketOpen returns the index of the "(" that the ")" at close closes,
// at most six words before it, or -1.
func bracketOpen(s *sentence, close int) int {
	for k := close - 1; k >= 0 && k >= close-7; k-- {
		switch s.toks[k].Text {
		case "(":
			if k == close-1 {
				return -1
			}
			return k
		case ")":
			return -1
		}
	}
	return -1
}

// bracketAfterNoName reports whether the bracket at open follows no name
// it could be part of: it opens the sentence, or follows a word in lower
// case, a mark (not a Reuters bracket: a ticker ends a firm's name), an
// honorific, a title or an initial ("James E. (Jim)").
func bracketAfterNoName(s *sentence, open int) bool {
	if open == 0 {
		return true
	}
	w := s.toks[open-1].Text
	if reutersBracket(w) {
		return false // "Japan Airlines Co Ltd <JAPN.T> (JAL) Boeing 747"
	}
	return !gazetteer.Capitalised(w) || isHonorific(w) || isTitleHead(w) || isInitialWord(w)
}

// isInitialWord reports whether w is an initial: one capital and a stop.
func isInitialWord(w string) bool {
	return len(w) == 2 && w[1] == '.' && gazetteer.Capitalised(w)
}

// bracketPersonCue reports whether tokens [i, j) inside a bracket say a
// person's name goes on after it: they end in capitalised words (not in
// capitals: "(JAL)" is a firm's acronym), and a
// title is among them or one of the capitalised words at the end is a
// given name (a word the recogniser's statistics saw as a name, no place's
// or body's), or the bracket holds one word alone that the news has not
// seen ("(Zinedine) Zidane"). A place's, a people's or a known body's name alone ("(West)
// Germany", "(Nasa)") is none.
func bracketPersonCue(s *sentence, i, j int) bool {
	run := j
	for run > i && lettersOnly(s.toks[run-1].Text) && gazetteer.Capitalised(s.toks[run-1].Text) && !isShoutedWord(s.toks[run-1].Text) {
		run--
	}
	if run == j || j-run > 3 {
		return false
	}
	for k := i; k < j; k++ {
		if isTitleHead(s.toks[k].Text) {
			return true
		}
	}
	for k := run; k < j; k++ {
		if w := s.toks[k].Text; lowerIn(givenNames, w) || lowerIn(femaleNames, w) || lowerIn(germanGivenNames, w) || ner.SeenName(w) && !placeOrBody(w) {
			return true
		}
	}
	// one word the news has not seen, alone in the bracket ("(Zinedine)")
	return run == i && j == i+1 && ner.Unseen(s.toks[i].Text) && !placeOrBody(s.toks[i].Text)
}

// placeOrBody reports whether name is a place, a people's adjective or a
// body the gazetteer knows.
func placeOrBody(name string) bool {
	if _, ok := gazetteer.Place(name); ok {
		return true
	}
	if _, ok := gazetteer.Org(name); ok {
		return true
	}
	_, ok := gazetteer.Demonym(name)
	return ok
}

// bracketedSurnameEnd returns the end of the one or two capitalised words
// of letters from token i of sentence si that can be a surname, i when there are none,
// they name a known place or body, or a capitalised word, a legal form or
// a body's word follows them.
func (x *extractor) bracketedSurnameEnd(si, i int) int {
	s := &x.sents[si]
	end := i
	for end < len(s.toks) && end < i+2 && lettersOnly(s.toks[end].Text) && gazetteer.Capitalised(s.toks[end].Text) && !isShoutedWord(s.toks[end].Text) && !bodyWord(s.toks[end].Text) {
		end++
	}
	if end == i || end < len(s.toks) && (gazetteer.Capitalised(s.toks[end].Text) || bodyWord(s.toks[end].Text)) {
		return i
	}
	if placeOrBody(x.span(si, i, end)) {
		return i
	}
	return end
}

// bodyWord reports whether w is a legal form or a word that ends or heads
// bodies' names ("Corp", "Associates", "Bank").
func bodyWord(w string) bool {
	return legalForms[legalWord(w)] || gazetteer.IsOrgSuffix(w) || gazetteer.IsOrgHead(w)
}

// isShoutedWord reports whether w, of two letters or more, is in capitals
// (an acronym, not a surname).
func isShoutedWord(w string) bool {
	return len(w) > 1 && shouted(w)
}

// bracketedPersonMention returns the mention of tokens [i, end) of sentence
// si: the one the recogniser made when it starts at i and ends by end, or
// a new person's when the words are no one's and no dictionary word;
// -1 otherwise.
func (x *extractor) bracketedPersonMention(si, i, end int) int {
	s := &x.sents[si]
	if o := s.owner[i]; o >= 0 {
		if m := &x.mentions[o]; m.start == i && m.end <= end && m.bend == 0 {
			return o
		}
		return -1
	}
	for k := i; k < end; k++ {
		if s.owner[k] >= 0 || dictionaryWord(s.toks[k].Text) {
			return -1
		}
	}
	return x.addMention(si, i, end, Person, false)
}
