package extract

// Posts given in a verb phrase (issue 15): "was named chief executive of",
// "has been appointed as chairman of", "was promoted to president of",
// "became director of", "took over as head of", read after a name as
// appositions are (roles_apposition.go), and the dates that may close them
// ("in May", "last year").

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

var (
	// appointVerbs put a post after them: "named", "appointed", "became".
	appointVerbs = wordSet("appointVerbs")
	// appointPhrases are verbs put with a particle before "as": "took over".
	appointPhrases = wordMap("appointPhrases")
	// tenureWords tell how new or how long held a post given is: "was
	// named the new national manager" is national manager.
	tenureWords = wordSet("tenureWords")
)

// appointed returns the index after an appointment verb at token k ("named",
// "appointed as", "promoted to", "became", "took over as"), or k when there
// is none.
func appointed(toks []nlp.Token, k int) int {
	if k+1 >= len(toks) {
		return k
	}
	w := lower(toks[k].Text)
	if p, ok := appointPhrases[w]; ok {
		if k+2 < len(toks) && lower(toks[k+1].Text) == p && lowerIs(toks[k+2].Text, "as") {
			return k + 3
		}
		return k
	}
	if !appointVerbs[w] {
		return k
	}
	k++
	switch lower(toks[k].Text) {
	case "as":
		k++
	case "to":
		if w != "promoted" { // "elected to the board": a body, not a post
			return k - 1
		}
		k++
	}
	return k
}

// dateCloses reports whether the words at token j close a post's phrase
// with a date or a length of time: "in May", "in 2019", "last year", "on
// Monday", "earlier this month", "for ten years".
func dateCloses(toks []nlp.Token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	w := lower(toks[j].Text)
	switch w {
	case "in", "on", "since", "from":
		if _, ok := monthOf(toks, j+1); ok {
			return true
		}
		if _, ok := isYear(toks[j+1].Text); ok {
			return true
		}
		_, ok := lowerHas(weekdays, toks[j+1].Text)
		return ok
	case "for":
		return durationAfter(toks, j+1) // roles_duration_closes.go: "for ten years"
	case "last", "this", "earlier", "effective":
		n := lower(toks[j+1].Text)
		return n == "year" || n == "month" || n == "week" || n == "this" || n == "immediately" || strings.HasSuffix(n, "day")
	}
	return false
}

// appointedBefore reports whether an appointment verb is among tokens
// [i, k): the post after it must start with an article or a title.
func appointedBefore(toks []nlp.Token, i, k int) bool {
	for ; i < k && i < len(toks); i++ {
		w := lower(toks[i].Text)
		if appointVerbs[w] || appointPhrases[w] != "" {
			return true
		}
	}
	return false
}
