package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// titleSignals are the words that, capitalised inside a sentence, mark a
// run of capitalised words as a work's title.
var titleSignals = wordSet("titleSignals")

// dropWorkTitles drops the names read inside the titles of works (songs,
// films, shows, books) in prose: a run of capitalised words in which a word
// English writes in lower case inside a sentence is capitalised ("his song,
// Like Toy Soldiers, stormed", "Only Fools and Horses star David Jason").
// A name read inside such a title is dropped wherever the article writes
// it ("Martika's 1980s hit Toy Soldiers"), unless a gazetteer knows it.
// Sentences written in capitals or title case (headlines) are left alone.
// The title's words are marked (sentence.work): no job title takes them.
func (x *extractor) dropWorkTitles() {
	var inTitle map[string]bool
	for si := range x.sents {
		s := &x.sents[si]
		if s.row || len(s.mentions) == 0 || !proseCase(s.toks) {
			continue
		}
		for i := 0; i < len(s.toks); {
			j := capitalRun(s.toks, i)
			if j == i {
				i++
				continue
			}
			if j-i >= 2 && x.workTitle(s, i, j) {
				if s.work == nil {
					s.work = make([]bool, len(s.toks))
				}
				for k := i; k < j; k++ {
					s.work[k] = true
				}
				for _, k := range s.mentions {
					if m := &x.mentions[k]; m.start >= i && m.end <= j {
						if inTitle == nil {
							inTitle = map[string]bool{}
						}
						inTitle[m.name] = true
					}
				}
			}
			i = j
		}
	}
	if inTitle == nil {
		return
	}
	drop := make([]bool, len(x.mentions))
	for k := range x.mentions {
		m := &x.mentions[k]
		if !inTitle[m.name] {
			continue
		}
		if _, ok := orgLookup(m.name); ok {
			continue
		}
		if _, ok := gazetteer.Place(m.name); ok {
			continue
		}
		drop[k] = true
	}
	x.removeMentions(drop)
}

// capitalRun returns the end of the run of capitalised words that starts at
// token i, with the lower-case words that join a title's words inside it
// ("Only Fools and Horses", "Have I Got News for You"); i when token i is
// not capitalised.
func capitalRun(toks []nlp.Token, i int) int {
	j := i
	for j < len(toks) {
		if gazetteer.Capitalised(toks[j].Text) {
			j++
			continue
		}
		if j > i && titleJoiners[toks[j].Text] && j+1 < len(toks) && gazetteer.Capitalised(toks[j+1].Text) {
			j++
			continue
		}
		break
	}
	return j
}

// titleJoiners are the lower-case words inside a work's title.
var titleJoiners = map[string]bool{"of": true, "and": true, "or": true, "the": true, "a": true, "for": true, "to": true, "in": true, "on": true}

// workTitle reports whether the capitalised run [i, j) of s has a title
// signal written capitalised where a sentence or a quotation does not open.
func (x *extractor) workTitle(s *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if titleSignals[s.lower(k)] && gazetteer.Capitalised(s.toks[k].Text) && !openingWord(s, k) {
			return true
		}
	}
	return false
}

// proseCase reports whether a sentence is written in the case of prose: at
// least three words, and a third of its words, in lower case (not a
// headline in title case or capitals).
func proseCase(toks []nlp.Token) bool {
	words, low := 0, 0
	for _, t := range toks {
		c := t.Text[0]
		switch {
		case c >= 'a' && c <= 'z':
			words++
			low++
		case c >= 'A' && c <= 'Z':
			words++
		}
	}
	return low >= 3 && 3*low >= words
}
