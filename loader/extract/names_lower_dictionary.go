// The large lower-case dictionary. commonWords (names_opening.go) is SCOWL's
// standard list, 64,000 words: modern copy uses many words it lacks
// ("Neuroscience graduate Zoe died", "Roadshow", "Riveter"), which the news
// of ner's word statistics has not seen either, so a capital on them at the
// opening of a sentence looked like a name's. lowerWords is SCOWL's large
// list (115,000 words) less the words news capitalises inside sentences or
// writes in capitals as often as it writes them in lower case ("bush",
// "ford", "usda"), plus the words news writes in lower case that the list
// lacks: made by ./lowerwords, see data/NOTICE.md.

package extract

import (
	_ "embed"

	"github.com/newsgraph/newsgraph/loader/internal/wordset"
	"github.com/newsgraph/newsgraph/loader/ner"
)

//go:embed data/lowerWords.txt.gz
var lowerWordsData []byte

// lowerWords reads lowerWordsData once.
var lowerWords = wordset.Lazy("extract: lowerWords", lowerWordsData)

// lowerCaseWord reports whether English writes w, lower-cased, in lower case:
// a word of the large dictionary that news does not write as a name. A word
// in capitals throughout is an acronym's spelling, not a capitalised word
// ("INTERBANK"), and is not asked.
func lowerCaseWord(w string) bool {
	return !isAcronym(w) && lowerWords().Has(lower(w))
}

// unseenCommonWord reports whether a capitalised word is one news has not
// seen (ner.Unseen) but the large dictionary writes in lower case: a capital
// at an opening says nothing more of it than of a word news rarely
// capitalises (ner.RareCapital).
func unseenCommonWord(w string) bool {
	return ner.Unseen(w) && lowerCaseWord(w)
}
