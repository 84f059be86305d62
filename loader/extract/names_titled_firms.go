package extract

// Firms whose names open with a title word, read by the recogniser as a
// title and a person (issue 11's judged samples, seeds 66 and 106):
// "General Nutrition has about 33.0 mln shares", "its King Soopers
// Supermarkets division", "General Dynamics", "King World". A lone
// capitalised rank or sovereign's title (General, King, Duke, ...) before
// English common nouns (the dictionary's lower-case words that no list
// knows as given names or surnames) is the first word of a body's name:
// ranks go before surnames and sovereigns' titles before given names, not
// before common nouns. Offices do go before surnames that are common
// nouns ("President Bush", "Secretary Rice", "Lord Young"): not they.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// titledFirmStart returns start-1 and true when the person's name [start,
// end) of sentence si, right after a lone capitalised title word, is the
// rest of a firm's name that opens with that word: one common noun
// ("General Nutrition"), or words ending in a plural common noun ("King
// Soopers Supermarkets").
func (x *extractor) titledFirmStart(si, start, end int) (int, bool) {
	s := &x.sents[si]
	toks := s.toks
	t := start - 1
	if t < 0 || end-start > 3 || s.owner[t] >= 0 || !gazetteer.Capitalised(toks[t].Text) || !firmTitleWords[s.lower(t)] {
		return start, false
	}
	// a lone title: no capitalised word or title word before it ("Secretary
	// of State Rice", "Attorney General Meese")
	if t > 0 && (gazetteer.Capitalised(toks[t-1].Text) || isTitleHead(toks[t-1].Text) || titleModifiers[s.lower(t-1)]) {
		return start, false
	}
	last := toks[end-1].Text
	if !commonNounName(last) || end-start > 1 && !(strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")) {
		return start, false
	}
	return t, true
}

// firmTitleWords are the titles of rank and of sovereigns that also open
// firms' names.
var firmTitleWords = map[string]bool{"general": true, "king": true, "queen": true, "prince": true, "princess": true, "duke": true, "admiral": true, "marshal": true, "emperor": true}

// commonNounName reports whether a capitalised word of a name is an English
// common noun and no person's name: in the dictionary in lower case, no
// given name or surname.
func commonNounName(w string) bool {
	lw := lower(w)
	return gazetteer.Capitalised(w) && dictionaryWord(lw) && !givenNames[lw] && !surnames[lw]
}
