package nlp

import (
	"strings"
	"unicode"

	"github.com/jdkato/prose/v3/segment"
)

// middleInitialSplit reports whether the segmenter cut a name after its
// middle initial: the piece before ends with a capitalised word and one
// capital letter with its stop ("succeeding Albert B."), and the next goes
// on, on the same line, with a capitalised word that opens no sentence
// ("Hunt, who served"). "Plan B. The plan" stays cut.
func middleInitialSplit(prev, next segment.Sentence, text string) bool {
	t := strings.TrimRightFunc(prev.Text, unicode.IsSpace)
	n := len(t)
	if n < 5 || t[n-1] != '.' || t[n-2] < 'A' || t[n-2] > 'Z' || t[n-3] != ' ' {
		return false
	}
	k := strings.LastIndexByte(t[:n-3], ' ')
	given := t[k+1 : n-3]
	if len(given) < 2 || !startsUpper(given) {
		return false
	}
	for _, r := range given[1:] {
		if !unicode.IsLower(r) {
			return false // "Group B.", "U.S. B."
		}
	}
	if next.Start < prev.End() || strings.ContainsAny(text[prev.End():next.Start], "\n\r") {
		return false
	}
	w := next.Text
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }); i >= 0 {
		w = w[:i]
	}
	return len(w) > 1 && startsUpper(w) && !sentenceOpeners[strings.ToLower(w)] && !sentenceOpeners[strings.ToLower(given)]
}

// sentenceOpeners are capitalised words that open sentences rather than go
// on a name: after "Plan B." they start a new one. The given-name slot is
// checked too ("In B. The").
var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "it": true, "he": true, "she": true, "they": true, "we": true, "i": true,
	"you": true, "in": true, "on": true, "at": true, "but": true, "and": true, "or": true, "this": true, "that": true,
	"these": true, "those": true, "his": true, "her": true, "its": true, "their": true, "there": true, "if": true,
	"as": true, "for": true, "after": true, "before": true, "when": true, "while": true, "however": true, "also": true,
	"under": true, "with": true, "from": true, "by": true, "to": true, "of": true, "one": true, "some": true,
	"no": true, "not": true, "so": true, "yet": true, "meanwhile": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "analysts": true, "officials": true, "shares": true, "sales": true, "net": true, "profit": true,
	"revenues": true, "both": true, "all": true, "each": true, "other": true, "our": true, "my": true, "your": true,
	"what": true, "who": true, "why": true, "how": true, "where": true, "then": true, "now": true, "last": true,
	"earlier": true, "later": true, "since": true, "until": true, "although": true, "because": true, "many": true,
	"most": true, "such": true, "only": true, "even": true, "still": true, "here": true, "class": true, "group": true,
	"plan": true, "type": true, "vitamin": true, "section": true, "article": true, "series": true, "grade": true,
	"division": true, "category": true, "schedule": true, "form": true, "exhibit": true, "appendix": true, "part": true,
	"table": true, "note": true, "chart": true, "figure": true, "phase": true, "stage": true, "level": true,
	"tier": true, "block": true, "unit": true, "line": true, "route": true, "channel": true, "model": true,
	"besides": true, "despite": true, "during": true, "among": true, "against": true, "instead": true,
	"indeed": true, "thus": true, "therefore": true, "nevertheless": true, "moreover": true, "furthermore": true,
	"according": true, "unlike": true, "like": true, "whether": true, "once": true, "never": true, "every": true,
	"any": true, "another": true, "several": true, "few": true, "more": true, "less": true, "much": true,
	"very": true, "over": true, "about": true, "around": true, "through": true, "between": true, "within": true,
	"without": true, "above": true, "below": true, "near": true, "outside": true, "inside": true, "nor": true,
	"would": true, "can": true, "could": true, "should": true, "might": true,
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true, "do": true,
	"does": true, "did": true, "please": true, "yes": true, "asked": true, "speaking": true, "today": true,
	"yesterday": true, "tomorrow": true, "tonight": true, "again": true, "finally": true, "first": true,
}
