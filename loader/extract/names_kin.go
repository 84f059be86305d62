package extract

// kinNouns name kin (data/kinNouns.txt).
var kinNouns = wordSet("kinNouns")

// kinNames types as people's the names said to be someone's kin: a name
// right after a kin noun behind a possessive ("his brother Mukesh",
// "Blair's wife Cherie"), maybe with a number and a comma ("his two sons,
// Avi and Joel"), and the names joined to it by "and", with every mention
// of that name in the article, whatever the recogniser read them as.
func (x *extractor) kinNames() {
	kin := map[string]bool{}
	listed := map[int]bool{} // the mentions named as kin where they stand
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.start < 2 {
			continue
		}
		s := &x.sents[m.sent]
		// "Avi and Joel": the next name of that list, not "Mukesh and
		// Reliance" elsewhere
		if a := m.start - 1; x.afterKinNoun(m) || s.lower(a) == "and" && s.owner[a-1] >= 0 && listed[s.owner[a-1]] {
			kin[m.name] = true
			listed[k] = true
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

// afterKinNoun reports whether mention m follows a kin noun behind a
// possessive: "his brother Mukesh", "Blair's wife Cherie", "his two sons,
// Avi" (after a comma, the name alone before a comma, "and" or the end).
func (x *extractor) afterKinNoun(m *mention) bool {
	s := &x.sents[m.sent]
	j := m.start - 1
	if s.lower(j) == "," {
		// the name alone in the apposition: not "her father, Future
		// Publishing founder Chris Anderson"
		if e := m.end; e < len(s.toks) && s.lower(e) != "," && s.lower(e) != "and" && s.lower(e) != "." {
			return false
		}
		j--
	}
	if j < 1 || !kinNouns[s.lower(j)] {
		return false
	}
	p := j - 1
	if p > 0 && s.toks[p].Tag == "CD" {
		p-- // "his two sons"
	}
	w := s.lower(p)
	return w == "his" || w == "her" || w == "their" || s.toks[p].Tag == "POS"
}
