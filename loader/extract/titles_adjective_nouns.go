package extract

// A word that is a title and mostly an adjective ("major", "general")
// before a common noun that is no title is the noun's adjective, no post:
// "Lewis Moody is a major concern", "Khoo is a major shareholder of".

import "github.com/newsgraph/newsgraph/loader/nlp"

// adjectiveBeforeNoun reports whether the phrase at token j ("a major
// concern") opens with an article, a lower-case word of adjectiveTitles
// other than "chief" and lower-case common nouns none of which is a title's
// head.
func adjectiveBeforeNoun(toks []nlp.Token, j int) bool {
	if j+2 >= len(toks) {
		return false
	}
	if w := lower(toks[j].Text); w != "a" && w != "an" && w != "the" {
		return false
	}
	a := toks[j+1]
	if !adjectiveTitles[a.Text] || a.Text == "chief" {
		return false // "the chief taxwriter": chief makes a title of its noun
	}
	k := j + 2
	for ; k < len(toks) && k < j+5 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") && toks[k].Text == lower(toks[k].Text); k++ {
		if isTitleHead(toks[k].Text) {
			return false // "the chief government spokesman", "a private investment banker"
		}
	}
	return k > j+2
}
