package extract

// ownerOpening returns where the name of a class of people's possessive
// opens (possessiveTitles): at the class noun at token i, or, when a body's
// name the recogniser read ends with that noun, at that name's first word:
// "[Murdoch Children]’s Research Institute", "[Boston Children]'s
// Hospital" are one body's name, "Murdoch Children’s Research Institute".
func (x *extractor) ownerOpening(si, i int) int {
	s := &x.sents[si]
	o := s.owner[i]
	if o < 0 {
		return i
	}
	m := &x.mentions[o]
	if m.start >= i || m.end != i+1 || m.typ == Person || isPlace(m.typ) {
		return i
	}
	return m.start
}
