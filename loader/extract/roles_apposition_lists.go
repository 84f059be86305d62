package extract

// A comma after a name may open a list, not an apposition: in "Bongard, a
// second former president and the bank's owner were charged" three people
// are charged, and "a second former president" is another man than
// Bongard (blind seed112). The phrase closed by "and" is an apposition only
// when no plural verb follows the next item before a comma: "Smith, a
// former director and the company's chairman, was charged" keeps both.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// pluralSubjectVerbs are the verbs a list of subjects agrees with.
var pluralSubjectVerbs = map[string]bool{"were": true, "are": true, "have": true, "remain": true, "face": true, "deny": true}

// listItemAfterAnd reports whether the "and" at token k is followed by a
// list's last item and then a plural verb, no punctuation nor other verb
// between: the phrase before the "and" is an item of a list of subjects,
// no apposition.
func listItemAfterAnd(toks []nlp.Token, k int) bool {
	if k >= len(toks) || !lowerIs(toks[k].Text, "and") {
		return false
	}
	for e := k + 1; e < len(toks) && e < k+8; e++ {
		w := lower(toks[e].Text)
		if pluralSubjectVerbs[w] {
			return e > k+1
		}
		if closes(toks[e]) || strings.HasPrefix(toks[e].Tag, "VB") || toks[e].Tag == "MD" {
			return false
		}
	}
	return false
}

// nextPersonsTitleAfterAnd reports whether the "and" at token k opens the
// title of the person named right after it: in "chairman W.H. Knoell,
// president and chief operating officer James F. Will" the words between
// the comma and Will are all Will's, so "president" is no apposition of
// Knoell. The words after "and" must be a title (lower-case nouns and
// adjectives ending with a title's head, at most six) running into a
// person's name with nothing between.
func (x *extractor) nextPersonsTitleAfterAnd(si, k int) bool {
	s := &x.sents[si]
	toks := s.toks
	if k >= len(toks) || !lowerIs(toks[k].Text, "and") {
		return false
	}
	head := false
	for e := k + 1; e < len(toks) && e <= k+7; e++ {
		if o := s.owner[e]; o >= 0 {
			m := &x.mentions[o]
			return head && m.typ == Person && m.start == e && isTitleHead(toks[e-1].Text)
		}
		t := toks[e]
		if isTitleHead(t.Text) {
			head = true
			continue
		}
		if !(t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "VBG" || strings.HasPrefix(t.Tag, "JJ")) || gazetteer.Capitalised(t.Text) {
			return false
		}
	}
	return false
}
