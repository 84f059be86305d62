package extract

// Surnames that are title words: "State Commerce Secretary Claude Pope
// said", "Donna Pope, director of the U.S. Mint". A title word right after
// a given name, with no capitalised word after it, ends the person's name:
// English writes a title before a name, not after it.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// titleWordSurname reports whether the person's name [start, end) of toks,
// which ends in a title word, ends in a surname: the word before it is a
// given name (not "Burger King", a firm, nor "Lloyds Treasurer", a post),
// the title word is singular, unabbreviated and no post-nominal ("Frank
// Field MP"), and no capitalised word follows it ("Claude King Fahd" holds
// another title).
func titleWordSurname(toks []nlp.Token, start, end int) bool {
	if end-start < 2 {
		return false
	}
	last, prev := toks[end-1].Text, toks[end-2].Text
	if strings.HasSuffix(last, ".") || strings.HasSuffix(last, "s") || !gazetteer.Capitalised(last) || isAcronym(last) {
		return false
	}
	if end < len(toks) && gazetteer.Capitalised(toks[end].Text) {
		return false
	}
	lp := lower(prev)
	if isTitleHead(prev) || titleModifiers[lp] || isHonorific(strings.TrimSuffix(lp, ".")) || partyWord(prev) || isAcronym(prev) || strings.HasSuffix(prev, ".") {
		return false
	}
	return givenNames[lp]
}
