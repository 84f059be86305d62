// Bylines inside a page's tables: "– Kyle Hughes, Writer" is a short line
// with no full stop, as a table's label is, yet it names a person and
// their title, so it stays prose.

package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// dashByline reports whether a line is a byline after a dash: a dash, a
// name opening with a given name of two or three capitalised words, a
// comma and a title of one to three capitalised words ("– Kyle Hughes,
// Writer", "— Ana Ruiz, Staff Reporter").
func dashByline(toks []nlp.Token) bool {
	if len(toks) < 5 || len(toks) > 9 || !dashMark(toks[0].Text) || !lowerIn(givenNames, toks[1].Text) {
		return false
	}
	comma := -1
	for i := 1; i < len(toks); i++ {
		if toks[i].Text == "," {
			comma = i
			break
		}
		if !letters(toks[i].Text) || !gazetteer.Capitalised(toks[i].Text) {
			return false
		}
	}
	if comma < 3 || comma > 4 || len(toks)-comma-1 < 1 || len(toks)-comma-1 > 3 {
		return false
	}
	for _, t := range toks[comma+1:] {
		if !letters(t.Text) || !gazetteer.Capitalised(t.Text) {
			return false
		}
	}
	return true
}

// dashMark reports whether a token is a dash that opens a byline.
func dashMark(w string) bool { return w == "–" || w == "—" || w == "-" || w == "--" }
