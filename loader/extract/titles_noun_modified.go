package extract

// A title the gazetteer does not hold as a whole whose head it knows and
// whose other words are common nouns naming the field of the post: "port
// director", "sales director", "marketing manager". Written lower case
// after "the" or a possessive and before a comma and a name, such a phrase
// is the name's post as surely as a title the gazetteer knows ("the
// company's chief executive, Tim Cook,").

import "github.com/newsgraph/newsgraph/loader/nlp"

// nounModifiedTitle reports whether toks, the words of a title, are one or
// two lower-case common nouns (tagged NN) and a title head known on its own:
// "port director", "ports director", "sales and marketing director" is not.
func nounModifiedTitle(toks []nlp.Token) bool {
	n := len(toks)
	if n < 2 || n > 3 || !knownTitle(lower(toks[n-1].Text)) {
		return false
	}
	for _, t := range toks[:n-1] {
		if t.Tag != "NN" && t.Tag != "NNS" || !isLowerWord(t.Text) {
			return false
		}
	}
	return true
}
