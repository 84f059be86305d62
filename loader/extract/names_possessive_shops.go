package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// shopHeads end the names of shops, clubs and places to eat that a given
// name owns by "'s" (data/shopHeads.txt).
var shopHeads = wordSet("shopHeads")

// possessiveShops, in sentence si, names an organisation a given name alone,
// its "'s" and the capitalised words after it that end in a shop's word:
// the recogniser reads "Sam's Club" as a person "Sam" and a body "Club", and
// "Pierre's General Store" as a person, but a given name's shop is a
// business's name ("Sam's Club", "Joe's Pizzeria"). Not after a name of two
// words or more ("Donald Trump's Mar-a-Lago Club" is Trump's club), nor
// after a word that is no given name ("Britain's", "Queen's").
func (x *extractor) possessiveShops(si int) {
	s := &x.sents[si]
	for i := 0; i+2 < len(s.toks); i++ {
		if end := shopEnd(s, i); end > 0 {
			x.addMention(si, i, end, Organization, false)
			i = end - 1
		}
	}
}

// shopEnd returns the end of a shop's name that a given name at token i of
// sentence s opens with its "'s", or -1. The rare "'s" is tested first, and
// the given names by the token's list bit (sentence.in), not by a lookup
// in their large map.
func shopEnd(s *sentence, i int) int {
	toks := s.toks
	if !possessiveToken(toks[i+1]) || !gazetteer.Capitalised(toks[i].Text) || !s.in(i, tlGivenNames) {
		return -1
	}
	if i > 1 && gazetteer.Capitalised(toks[i-1].Text) {
		return -1 // "Trader Joe's", "Hillary Clinton's": the name goes on to the left
	}
	for k := i + 2; k < len(toks) && k <= i+4; k++ {
		if !gazetteer.Capitalised(toks[k].Text) {
			return -1
		}
		if shopHeads[s.lower(k)] {
			if k+1 < len(toks) && gazetteer.Capitalised(toks[k+1].Text) {
				return -1 // "Sam's Club Foundation": a longer name
			}
			return k + 1
		}
	}
	return -1
}
