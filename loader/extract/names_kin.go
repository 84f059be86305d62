package extract

// kinNouns name kin (data/kinNouns.txt).
var kinNouns = wordSet("kinNouns")

// kinNames types as people's the names said to be someone's kin: a name
// right after a kin noun behind a possessive ("his brother Mukesh",
// "Blair's wife Cherie"), with every mention of that name in the article,
// whatever the recogniser read them as.
func (x *extractor) kinNames() {
	kin := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.typ == Person || m.start < 2 {
			continue
		}
		s := &x.sents[m.sent]
		if !kinNouns[s.lower(m.start-1)] {
			continue
		}
		if w := s.lower(m.start - 2); w == "his" || w == "her" || w == "their" || s.toks[m.start-2].Tag == "POS" {
			kin[m.name] = true
		}
	}
	if len(kin) == 0 {
		return
	}
	for k := range x.mentions {
		if m := &x.mentions[k]; kin[m.name] && !m.demonym && !m.nominal {
			m.typ = Person
		}
	}
}
