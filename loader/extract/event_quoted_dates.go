// A date inside a quotation is the speaker's, not the event's at which he
// speaks: "'Last year we embarked on the most dramatic restructuring
// programme,' Escom chairman John Maree told a news conference" is no
// news conference of last year.

package extract

// quotedDate reports whether date d of a sentence opening with a quotation
// lies inside it: a closing quotation mark stands between the date and the
// event's trigger at token trig.
func quotedDate(toks []nlpToken, d dateExpr, trig int) bool {
	if len(toks) == 0 || toks[0].Tag != "``" && toks[0].Text != "\"" {
		return false
	}
	for k := d.End; k < trig && k < len(toks); k++ {
		if toks[k].Tag == "''" || k > 0 && toks[k].Text == "\"" {
			return true
		}
	}
	return false
}
