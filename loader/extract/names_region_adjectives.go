package extract

// A region's adjective of several words ("Latin American", "West African",
// "North European") after a lower-case title word that is mostly an
// adjective ("exposure to major Latin American debtor countries of Chase
// Manhattan") is read as a titled person's name; it is no one's name: each
// of its words but the last is a compass word or a national adjective of no
// one country, and the last is a national adjective (issue 11 point 5).

import "github.com/newsgraph/newsgraph/loader/nlp"

// regionAdjectivePeople drops the person mentions that read as a region's
// adjective.
func (x *extractor) regionAdjectivePeople() {
	x.dropMentionsIf(func(m *mention) bool {
		return m.typ == Person && regionAdjective(x.sents[m.sent].toks[m.start:m.end])
	})
}

// regionAdjective reports whether words of two or more read as a region's
// adjective: compass words or national adjectives of no one country
// ("Latin", "West"), then a national adjective ("American", "African").
func regionAdjective(toks []nlp.Token) bool {
	if len(toks) < 2 {
		return false
	}
	for _, t := range toks[:len(toks)-1] {
		if !lowerIn(directions, t.Text) && !lowerIn(nationWords, t.Text) {
			return false
		}
	}
	last := toks[len(toks)-1].Text
	if _, ok := demonym(last); ok {
		return true
	}
	return lowerIn(nationWords, last)
}
