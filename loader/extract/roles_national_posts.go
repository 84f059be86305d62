package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// A country's initialism before a capitalised trade noun names a national
// office ("U.S. Attorney Jane Doe": a federal prosecutor). The title read
// before the name stops at the country, which becomes its affiliation
// ("Attorney", a trade: seed216 jobTitle row 24); nationalPostTitle puts the
// country back into the title.

// nationalPostHeads are the trade nouns a country's initialism makes an
// office (data/nationalPostHeads.txt).
var nationalPostHeads = wordSet("nationalPostHeads")

// nationalPostTitle returns title with the country's initialism of
// affiliation mention ai in front when the mention is a country written as
// an initialism ("U.S.", "US") right before the title's first word, which is
// capitalised and a national post's head: "U.S. Attorney", "US Attorney for
// Manhattan". Otherwise it returns title.
func (x *extractor) nationalPostTitle(title string, ai int) string {
	ws := strings.Fields(title)
	if ai < 0 || len(ws) == 0 || !gazetteer.Capitalised(ws[0]) || !lowerIn(nationalPostHeads, ws[0]) {
		return title
	}
	m := &x.mentions[ai]
	s := &x.sents[m.sent]
	if m.ent < 0 || x.ents[m.ent].typ != Country || m.end != m.start+1 || m.end >= len(s.toks) || s.toks[m.end].Text != ws[0] {
		return title
	}
	country := s.toks[m.start].Text
	if !initialism(country) {
		return title
	}
	return country + " " + title
}

// initialism reports whether w is written in capital letters with or
// without stops, at least two letters: "US", "U.S.", "UK".
func initialism(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2
}
