package extract

import "unicode"

// headingOrTypesetName reports whether the capitalised words toks[k:head+1]
// before an event noun are no event's name though capitalised: a heading
// in capitals ("U.S. DIVIDEND MEETINGS - APRIL 7", over a list of firms),
// or a word capitalised only because it follows an abbreviation's period
// ("The U.S. Visit come as", "returning from a U.S. Visit"), as wire copy
// of the 1980s sets it.
func headingOrTypesetName(toks []nlpToken, k, head int) bool {
	if head-k == 1 && isAbbrevPeriod(toks[k].Text) {
		return true
	}
	letters := 0
	for _, t := range toks[k : head+1] {
		for _, r := range t.Text {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	// A name in capitals: the event word too ("MEETINGS", not an acronym
	// such as "OPEC Conference" in a mixed-case name).
	return letters > 0 && len(toks[head].Text) > 3
}

// isAbbrevPeriod reports whether w is an abbreviation with periods
// ("U.S.", "U.K.", "Gov."): a word after it may be capitalised by
// typesetting alone.
func isAbbrevPeriod(w string) bool {
	return len(w) >= 2 && len(w) <= 5 && w[len(w)-1] == '.'
}

// headingWord reports whether an event word is set in capitals ("U.S.
// SHAREHOLDER MEETINGS - APRIL 7" over a list of firms): a heading's, not
// prose telling of an event.
func headingWord(w string) bool {
	if len(w) <= 3 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
