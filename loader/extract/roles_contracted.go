package extract

// Posts told with a contracted "is" in modern copy (issue 15): "She's the
// director of the Center for Food and Allergy Research", "Jane Doe, who's
// the chief executive of Acme,". The tokeniser splits "She's" into "She"
// and "'s" (tagged VBZ, or POS when the apostrophe is curly); after "he",
// "she" or "who" the "'s" is "is", or "has" before "been" ("she's been the
// director of").

import "github.com/newsgraph/newsgraph/loader/nlp"

// contractedIs reports whether token k is the "'s" of "she's", "he's" or
// "who's": a contracted "is" a post may follow.
func contractedIs(toks []nlp.Token, k int) bool {
	if k < 1 || k >= len(toks) {
		return false
	}
	if t := toks[k].Text; t != "'s" && t != "’s" {
		return false
	}
	w := lower(toks[k-1].Text)
	return w == "he" || w == "she" || w == "who"
}

// contractedHas reports whether token k is the "'s" of "she's been": a
// contracted "has" before "been".
func contractedHas(toks []nlp.Token, k int) bool {
	return contractedIs(toks, k) && k+1 < len(toks) && lowerIs(toks[k+1].Text, "been")
}
