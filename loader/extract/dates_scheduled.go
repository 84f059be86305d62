package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// scheduleVerbs set a gathering for a day: "has set a hearing on the rate
// issue for July 28", "called a meeting for June 3". The day after "for" is
// the one it is set for, still to come, whatever the verb's own tense.
var scheduleVerbs = map[string]bool{"set": true, "slated": true, "fixed": true, "booked": true, "called": true,
	"convened": true, "arranged": true, "scheduled": true}

// scheduledFor reports whether the date at token i follows "for" in the
// clause of a verb of scheduling that has an event's noun as its object
// (at most eight words before the date): not "set a record for March".
func scheduledFor(toks []nlp.Token, i int) bool {
	if i < 2 || !lowerIs(toks[i-1].Text, "for") {
		return false
	}
	noun := false
	for j := i - 2; j >= 0 && j >= i-10; j-- {
		t := toks[j]
		if t.Text == "," || t.Text == ";" || t.Tag == "." {
			return false
		}
		if _, ok := lowerHas(eventNouns, t.Text); ok && strings.HasPrefix(t.Tag, "NN") {
			noun = true
		}
		if lowerIn(scheduleVerbs, t.Text) && (t.Tag == "VBN" || t.Tag == "VBD") {
			return noun
		}
	}
	return false
}
