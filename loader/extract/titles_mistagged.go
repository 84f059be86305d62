package extract

// A lower-case word that the tagger misread as a proper noun or a verb
// before the lower-case nouns of a title is the compound's first word, and
// the title's: "EC external trade chief" (external read as a proper noun
// after the acronym), "buffer stock manager", "England rugby union captain"
// (buffer and rugby read as verbs) were cut to "trade chief", "stock
// manager", "union captain" (issue 11, seed204 jobTitle rows 1 and 20).

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// misreadTitleModifier reports whether the lower-case word at token j,
// read backwards from a name inside title words ending at token end, is a
// modifier of the lower-case noun after it that the tagger misread: a
// proper noun's tag on a lower-case word, a comparative's (before a
// title's noun no comparative stands: "buffer stock manager"), a
// third-person verb's on a word
// not ending in s, or a base verb's after a comma, a determiner or a
// possessive, where no verb's base form stands.
func misreadTitleModifier(toks []nlp.Token, j, end int) bool {
	w := toks[j].Text
	if j+1 >= end || !isLetterWord(w) || w != lower(w) {
		return false
	}
	next := toks[j+1]
	if next.Text != lower(next.Text) || next.Tag != "NN" && next.Tag != "NNS" {
		return false
	}
	switch toks[j].Tag {
	case "NNP", "NNPS", "JJR":
		return true
	case "VBZ":
		return !strings.HasSuffix(w, "s")
	case "VB":
		if j == 0 {
			return true
		}
		p := toks[j-1]
		return p.Text == "," || p.Tag == "POS" || p.Tag == "DT" || p.Tag == "PRP$"
	}
	return false
}

// misreadOpeningNoun reports whether a capitalised word opening a sentence,
// tagged a proper noun or an adjective, is a common word all the same: the
// large dictionary writes it in lower case and news seldom capitalises it
// inside sentences or has not seen it there ("Buffer stock manager",
// "Public finances director": the capital is the opening's, and
// cutCompound keeps the word in the title).
func misreadOpeningNoun(t nlp.Token) bool {
	return (t.Tag == "NNP" || t.Tag == "JJ") && lowerCaseWord(t.Text) && (!ner.NameWord(t.Text) || ner.Unseen(t.Text))
}
