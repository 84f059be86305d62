// A function word that opens a sentence is capitalised like the name after
// it, and the recogniser reads the two as one name: "A Whole Foods
// spokeswoman declined", "In Whole Foods, Prime operates as ...".

package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// openingFunctionWords are the articles, prepositions, conjunctions and
// possessive pronouns that open a sentence and never a name. "The" is cut
// elsewhere (trimModelSpan) and opens some names ("The Intercept").
var openingFunctionWords = map[string]bool{
	"a": true, "an": true, "in": true, "at": true, "for": true, "on": true, "with": true,
	"from": true, "by": true, "and": true, "but": true, "or": true, "as": true, "to": true,
	"if": true, "when": true, "while": true, "after": true, "before": true, "since": true,
	"unlike": true, "like": true, "until": true, "during": true, "despite": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	"this": true, "that": true, "these": true, "those": true, "every": true, "each": true,
}

// openingFunctionWord returns the start of a name [start, end) the
// recogniser read with the function word that opens its sentence, a
// quotation or a clause: one past that word when a capitalised word
// follows it inside the name.
func (x *extractor) openingFunctionWord(si, start, end int) int {
	s := &x.sents[si]
	if end-start < 2 || !openingWord(s, start) || !openingFunctionWords[s.lower(start)] {
		return start
	}
	if !gazetteer.Capitalised(s.toks[start+1].Text) {
		return start
	}
	return start + 1
}
