// The tense of a purpose clause of travel is the journey's: "Wang flew to
// Berlin to meet Scholz on Tuesday" met on the Tuesday before, "had flown to
// New York to see her father" saw him in the past; the infinitive alone
// would read as a meeting to come.

package extract

import "github.com/newsgraph/newsgraph/loader/nlp"

// journeyTense returns the tense of the motion verb (motionVerbs) whose
// purpose is the bare verb after "to" at token j: past (-1) for "flew to
// Berlin to meet", "had flown to New York to see", "arrived in Kyiv on
// Monday to meet"; 0 when no such verb governs it (back over the journey's
// place and date only, as purposeSubject reads it).
func journeyTense(toks []nlp.Token, j int) int {
	if j < 3 || !lowerIs(toks[j-1].Text, "to") {
		return 0
	}
	for k := j - 2; k >= 0 && k >= j-12; k-- {
		t, w := toks[k].Tag, lower(toks[k].Text)
		if motionVerbs[w] && (t == "VBD" || t == "VBN") {
			if k+1 >= j-1 || !purposePrep(lower(toks[k+1].Text)) {
				return 0
			}
			if t == "VBN" && k > 0 && (lowerIn(beVerbs, toks[k-1].Text) || toks[k-1].Tag == "MD") {
				return 0 // "will have flown", "is flown"
			}
			if t == "VBN" && (k == 0 || !lowerIs(toks[k-1].Text, "had") && !lowerIs(toks[k-1].Text, "has") && !lowerIs(toks[k-1].Text, "have")) {
				return 0
			}
			return -1
		}
		switch t {
		case ",", ":", "''", "``", "MD", "PRP", "WDT", "WP", "CC":
			return 0
		}
		if len(t) > 1 && t[:2] == "VB" {
			return 0
		}
	}
	return 0
}
