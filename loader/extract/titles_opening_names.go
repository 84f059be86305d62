package extract

// A name of several capitalised words opening a sentence right before a
// lower-case title ("Retail Decisions chief executive Carl Clump", "Nova
// Brands sales manager"): roles_before.go drops the sentence's first word
// as no title word, and the capitalised words after it are the rest of
// the same name, the firm's or the show's, no words of the post.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// openingNameRest returns how many of the first words of a title are the
// rest of a name whose first word opened the sentence and was dropped:
// capitalised words that are no title's head or modifier, no field of
// work (portfolioNouns, postFields), no party's, nation's or country's
// word, that start no known title with the words after them ("[House]
// Majority leader"), before a title whose last word, its head, is lower
// case. None when no lower-case word follows them, or when they begin a
// known body's name with the words after them ("[New] European commission
// president").
func openingNameRest(words []string) int {
	if len(words) < 2 || gazetteer.Capitalised(words[len(words)-1]) {
		return 0
	}
	n := 0
	for n < len(words)-1 && nameRestWord(words[n]) && !gazetteer.IsTitle(words[n:]...) {
		n++
	}
	for k := 2; k <= n+1 && k < len(words); k++ {
		if _, ok := orgLookup(strings.Join(words[:k], " ")); ok {
			return 0 // "European commission president": a body named in the title
		}
	}
	if n == 0 || gazetteer.Capitalised(words[n]) {
		return 0
	}
	return n
}

// nameRestWord reports whether a capitalised word of a title could be no
// word of the post: no title's head or modifier, no field of work, no
// party's, nation's or country's name, no body's head word.
func nameRestWord(w string) bool {
	if !gazetteer.Capitalised(w) || isTitleHead(w) || lowerIn(titleModifiers, w) || lowerIn(portfolioNouns, w) || lowerIn(postFields, w) || partyWord(w) {
		return false
	}
	if _, ok := demonym(w); ok {
		return false
	}
	if _, ok := gazetteer.Country(w); ok {
		return false
	}
	return !gazetteer.IsOrgHead(w) && !gazetteer.IsOrgSuffix(w)
}
