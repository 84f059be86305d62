// A relative clause set off by commas may hold a list with commas of its
// own: in "Euronext, which combines the Paris, Amsterdam and Lisbon stock
// exchanges, also began talks with the LSE" the clause runs from ", which"
// to the comma before "also", and the subject is Euronext, not the
// exchanges' towns the list names.

package extract

import "strings"

// maxListCommas bounds how many commas of a list inside a relative clause
// listOpenedClause looks back past.
const maxListCommas = 4

// listOpenedClause returns the comma that opens a relative clause (",
// which", ", who", ", whose") ending at the comma at token p of sentence si,
// when the words between the two are list items: each stretch between
// commas is short and holds no verb (the clause's verb comes right after
// "which"). It reports whether there is one.
func (x *extractor) listOpenedClause(si, p int) (int, bool) {
	toks := x.sents[si].toks
	q := p
	for n := 0; n < maxListCommas; n++ {
		r := q - 1
		for r >= 0 && toks[r].Text != "," {
			r--
		}
		if r < 0 || r+1 >= q {
			return 0, false
		}
		switch lower(toks[r+1].Text) {
		case "which", "who", "whose":
			return r, true
		}
		if q-r-1 > 6 || clauseHasVerb(toks[r+1:q]) {
			return 0, false
		}
		q = r
	}
	return 0, false
}

// clauseHasVerb reports whether toks hold a verb or a modal.
func clauseHasVerb(toks []nlpToken) bool {
	for _, t := range toks {
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" {
			return true
		}
	}
	return false
}
