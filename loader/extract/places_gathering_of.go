package extract

// A place after a body named as a gathering's ("the annual meeting of the
// American Academy of Allergy, Asthma and Immunology in Houston", "a
// conference of the Royal College of Nursing in Harrogate") is where the
// gathering is held: it tells nothing of where the body stands (issue 15).

// gatheringOf reports whether the mention m of sentence si is the body of
// a gathering: "of" (and "the") right before it, an event noun ("meeting",
// "conference", eventNouns) before that.
func (x *extractor) gatheringOf(si int, m *mention) bool {
	s := &x.sents[si]
	k := m.start - 1
	if k >= 0 && s.lower(k) == "the" {
		k--
	}
	if k < 1 || s.lower(k) != "of" {
		return false
	}
	_, ok := eventNouns[s.lower(k-1)]
	return ok
}
