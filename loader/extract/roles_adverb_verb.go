package extract

// An adverb between a name and the verb that gives the post: "Smith later
// became chief executive of Acme", "Moore previously served as president",
// "Doe also becomes the first mayor".

import "github.com/newsgraph/newsgraph/loader/nlp"

// adverbBeforeVerb returns the index after one lower-case adverb at token
// i that is no negation ("also", "later", "previously"), or i when none
// stands there.
func adverbBeforeVerb(toks []nlp.Token, i int) int {
	if i+1 >= len(toks) || toks[i].Tag != "RB" || lowerIn(negations, toks[i].Text) || !isLowerWord(toks[i].Text) {
		return i
	}
	return i + 1
}
