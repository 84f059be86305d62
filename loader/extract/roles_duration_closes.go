package extract

// A length of time after "for" closes a post's phrase as a date does:
// "Kim Pratt worked as a reporter at the Boston Globe for ten years",
// "Ned Ray, a reporter for more than a decade,".

import "github.com/newsgraph/newsgraph/loader/nlp"

// durationUnits are the nouns of a length of time.
var durationUnits = wordSet("durationUnits")

// durationWords may stand between "for" and a length of time's unit: "for
// the past two years", "for more than a decade", "for nearly 20 years".
var durationWords = wordSet("durationWords")

// durationAfter reports whether the tokens from k tell a length of time: up
// to four counts and words of durationWords, at least one of them a count
// (a number, "a", "an", "several", "many"), then a unit of durationUnits.
// "for ten years", "for a decade", not "for years" (no count) nor "for
// ten tonnes".
func durationAfter(toks []nlp.Token, k int) bool {
	counted := false
	for i := k; i < len(toks) && i < k+5; i++ {
		w := lower(toks[i].Text)
		switch {
		case durationUnits[w]:
			return counted
		case toks[i].Tag == "CD" || w == "a" || w == "an" || w == "several" || w == "many":
			counted = true
		case durationWords[w]:
		default:
			return false
		}
	}
	return false
}
