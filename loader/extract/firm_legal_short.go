package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// legalShortNames adds to short the names an article also writes with a
// legal form after them, each with that full name: "Southland" beside
// "Southland Corp's", "Xebec" beside "Xebec Corp". News names a company in
// full once, then by its name alone; that short name is the firm, not a
// place or a person of the same words. A short name of two firms is left
// out ("").
func (x *extractor) legalShortNames(short map[string]string) {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.nominal {
			continue
		}
		f := strings.Fields(m.name)
		n := len(f)
		for n > 1 && (legalForms[legalWord(f[n-1])] || f[n-1] == "&") {
			n--
		}
		if n == len(f) {
			continue
		}
		s := strings.Join(f[:n], " ")
		if full, ok := short[s]; ok && full != m.name {
			short[s] = ""
			continue
		}
		short[s] = m.name
	}
}

// placeMayBeFirm reports whether a place mention may be retyped as a firm:
// an unknown place may; a known one only when the article writes the firm
// with its legal form (byLegal), it is no country or continent, and no
// preposition of place stands before it ("Santos Ltd" ... "Santos said",
// but not "in Santos").
func (x *extractor) placeMayBeFirm(m *mention, byLegal bool) bool {
	p, ok := gazetteer.Place(m.name)
	if !ok {
		return true
	}
	if !byLegal || p.Class == gazetteer.ClassCountry || p.Class == gazetteer.ClassContinent {
		return false
	}
	s := &x.sents[m.sent]
	return m.start == 0 || !placePreps[s.lower(m.start-1)] && s.lower(m.start-1) != "to"
}
