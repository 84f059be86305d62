package extract

// A national adjective after a combining form ("Anglo American spokesman
// John Kingsley-Jones", of Anglo American Corp) is half of a compound name,
// no country: the spokesman works for the mining house, not the United
// States (affiliation-seed174 row 24).

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// combiningForms open compound national adjectives and names (data/combiningForms.txt).
var combiningForms = wordSet("combiningForms")

// compoundDemonym reports whether mention k is a national adjective written
// right after a combining form: "Anglo American", "Sino Japanese".
func (x *extractor) compoundDemonym(k int) bool {
	m := &x.mentions[k]
	if !m.demonym || m.start == 0 {
		return false
	}
	return lowerIn(combiningForms, x.sents[m.sent].toks[m.start-1].Text)
}

// bodyHeadBefore reports whether person mention m of sentence s comes right
// after a foreign body's opening word outside any mention ("of Banque
// Internationale Arabe de Tunis"): the rest of a bank's name read as a
// person, who holds no post (affiliation-seed175 row 10).
func bodyHeadBefore(s *sentence, m *mention) bool {
	p := m.start - 1
	return p >= 0 && s.owner[p] < 0 && gazetteer.Capitalised(s.toks[p].Text) && lowerIn(foreignOrgHeads, s.toks[p].Text)
}
