// A date without a year in a clause that looks ahead though its verb is
// past: a condition still to be met ("declared a stock split, subject to
// shareholder approval at the April 23 annual meeting", "pending approval
// at the annual meeting in April"), or a date inside the subject of a
// later verb after a reporting verb ("The company said shareholders at the
// May 14 annual meeting will be asked to approve"): the date is the
// coming one, not the one before the story.

package extract

import "github.com/newsgraph/newsgraph/loader/nlp"

// conditionAhead reports whether token j opens a condition still to be
// met: "subject to", "pending".
func conditionAhead(toks []nlp.Token, j int) bool {
	switch lower(toks[j].Text) {
	case "pending":
		return true
	case "subject":
		return j+1 < len(toks) && lowerIs(toks[j+1].Text, "to")
	}
	return false
}

// phraseReportVerbs report a clause whose subject may hold a date: "said
// shareholders at the May 14 annual meeting will be asked".
var phraseReportVerbs = map[string]bool{"said": true, "says": true, "added": true}

// subjectPhraseTense returns the tense of the verb after the date at token
// i when the date opens a noun phrase with "the" ("the May 14 annual
// meeting") and the verb before it, at token v, is a reporting verb: the
// date is then in the subject of the reported clause, whose verb tells its
// tense. 0 when that is not so or no verb after it tells.
func subjectPhraseTense(toks []nlp.Token, i, v int) int {
	if i < 1 || !lowerIs(toks[i-1].Text, "the") || !phraseReportVerbs[lower(toks[v].Text)] {
		return 0
	}
	for j := i + 1; j < len(toks) && j <= i+10; j++ {
		t := toks[j]
		if t.Text == "," || t.Tag == "IN" && !lowerIs(t.Text, "of") {
			return 0 // the phrase ends before a verb: "said at the May 14 meeting in Paris that"
		}
		if t.Tag == "MD" || len(t.Tag) > 1 && t.Tag[:2] == "VB" {
			return forwardTense(toks, j-1)
		}
	}
	return 0
}
