// A participle of an event verb used as an adjective before a noun tells of
// no event: "the UK's most visited museum in 2004", "a much visited site".

package extract

// degreeBefore are adverbs of degree that make the participle after them an
// adjective when a noun follows.
var degreeBefore = map[string]bool{"most": true, "least": true, "more": true, "less": true, "much": true,
	"often": true, "frequently": true, "widely": true, "rarely": true, "seldom": true}

// adjectivalParticiple reports whether the verb at token i is a participle
// after an adverb of degree and before a noun or adjective: "most visited
// museum".
func adjectivalParticiple(toks []nlpToken, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return false
	}
	if !lowerIn(degreeBefore, toks[i-1].Text) {
		return false
	}
	next := toks[i+1].Tag
	return isNounTag(next) || next == "JJ"
}
