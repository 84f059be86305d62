package extract

// A national adjective after a combining form ("Anglo American spokesman
// John Kingsley-Jones", of Anglo American Corp) is half of a compound name,
// no country: the spokesman works for the mining house, not the United
// States (affiliation-seed174 row 24).

// combiningForms open compound national adjectives and names (data/combiningForms.txt).
var combiningForms = wordSet("combiningForms")

// compoundDemonym reports whether mention k is a national adjective written
// right after a combining form: "Anglo American", "Sino Japanese".
func (x *extractor) compoundDemonym(k int) bool {
	m := &x.mentions[k]
	if !m.demonym || m.start == 0 {
		return false
	}
	return combiningForms[lower(x.sents[m.sent].toks[m.start-1].Text)]
}
