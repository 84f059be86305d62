package extract

// placeClauseEnd reads, at token j after an event phrase, a clause that only
// announces where or when the event is held, and returns the token after it
// (where "in PLACE" or the date follows), or j and false: "the summit, which
// will take place in Venice", "a meeting to be held in June", "the annual
// meeting, scheduled to be held in Akron", "the talks, which are being held
// in Geneva". The clause's own words are auxiliaries, "due", "expected",
// "scheduled", "set", "likely" and "to"; it ends on a held word ("held",
// "staged", ...) or on "take place" in any tense.
func placeClauseEnd(toks []nlpToken, j int) (int, bool) {
	k := j
	if k < len(toks) && (toks[k].Text == "," || toks[k].Text == "—") {
		k++
	}
	if k < len(toks) && (lowerIs(toks[k].Text, "which") || lowerIs(toks[k].Text, "that")) {
		k++
	}
	start := k
	for k < len(toks) && k < start+5 && lowerIn(placeClauseWords, toks[k].Text) {
		k++
	}
	if k == start || k >= len(toks) {
		return j, false // no auxiliary: "held in" alone is eventClause's
	}
	w := lower(toks[k].Text)
	if heldWords[w] && !organizerPassives[w] {
		return k + 1, true
	}
	if takeWords[w] && k+1 < len(toks) && lowerIs(toks[k+1].Text, "place") {
		return k + 2, true
	}
	return j, false
}

// placeClauseWords may stand between an event and the verb that says where
// it is held.
var placeClauseWords = map[string]bool{
	"will": true, "would": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "has": true, "have": true, "had": true, "to": true, "due": true, "expected": true,
	"scheduled": true, "set": true, "likely": true, "also": true, "now": true, "shall": true, "should": true,
}

// takeWords are the forms of "take" in "take place".
var takeWords = map[string]bool{"take": true, "takes": true, "took": true, "taken": true, "taking": true}
