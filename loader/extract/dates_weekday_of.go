// A weekday written with its date ("Monday, May 11", "Tuesday March 3"; not
// "next Wednesday, March 11", read as both) is
// that date's, not a weekday resolved on its own against the publication
// date; and a verb after "would" or "could" speaks of the future of the
// time told ("said Japan would participate in a meeting on July 13").

package extract

import "github.com/newsgraph/newsgraph/loader/nlp"

// futureModals before a bare verb put it after the time told.
var futureModals = map[string]bool{"would": true, "could": true, "might": true, "may": true, "should": true}

// weekdayOfDate reports whether the weekday at token i is followed, past
// a comma, by a month's name: the date itself says the day.
func weekdayOfDate(toks []nlp.Token, i int) bool {
	k := i + 1
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k >= len(toks) {
		return false
	}
	_, ok := monthOf(toks, k)
	return ok
}
