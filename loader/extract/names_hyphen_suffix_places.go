package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// A place no gazetteer knows, hyphenated to a word of where, is still named
// as a place when its last word is a place's ("Mercer Island-based Dana F.
// Besecker Company", "Orange County-based", "Silicon Valley-area"): the
// body after it is located there (places.go's basedIn).

// suffixPlaceOpening reads, for the hyphenated word at token i of sentence
// si whose part before the hyphen is word, a place's name of one
// capitalised word before it and word, a place's last word ("Island",
// "County", "Valley"): how many words open it before the token, and the
// name. The word before must be free of any mention, capitalised, a
// proper noun, and written apart from the token.
func (x *extractor) suffixPlaceOpening(si, i int, word string) (int, string, bool) {
	s := &x.sents[si]
	if i == 0 || !gazetteer.IsPlaceSuffix(word) || !gazetteer.Capitalised(word) {
		return 0, "", false
	}
	t := s.toks[i-1]
	if s.owner[i-1] >= 0 || t.Tag != "NNP" || !gazetteer.Capitalised(t.Text) || !letters(t.Text) || t.End >= s.toks[i].Start {
		return 0, "", false
	}
	return 1, t.Text + " " + word, true
}
