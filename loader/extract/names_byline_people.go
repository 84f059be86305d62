// The name of a byline after a dash ("– Augustus Welby, Writer", the shape
// dashByline reads in nonprose_bylines.go) is a person's: the line names
// who wrote the piece and their title. The recogniser, reading a short line
// without a verb, may leave a rare surname out or read the name as a body's.

package extract

// bylinePeople types as a person's, sure of it, the name of each byline
// after a dash (dashByline): the words between the dash and the comma. A
// mention over exactly those words is retyped; when none covers any of
// them, one is added; a mention that reaches past them is left as read.
func (x *extractor) bylinePeople() {
	for si := range x.sents {
		s := &x.sents[si]
		if s.row || !dashByline(s.toks) {
			continue
		}
		comma := 2
		for comma < len(s.toks) && s.toks[comma].Text != "," {
			comma++
		}
		k, whole := x.mentionsOver(si, 1, comma)
		switch {
		case k < 0 && whole:
			k = x.addMention(si, 1, comma, Person, false)
		case k >= 0 && !whole:
			k = -1
		}
		if k < 0 {
			continue
		}
		if m := &x.mentions[k]; !m.demonym && m.bstart == 0 && m.bend == 0 {
			m.typ, m.sure = Person, true
			m.name = cleanName(m.text, Person)
		}
	}
}

// mentionsOver returns the mention over exactly tokens [i, j) of sentence
// si and true; -1 and true when no mention covers any of them; -1 and
// false otherwise.
func (x *extractor) mentionsOver(si, i, j int) (int, bool) {
	s := &x.sents[si]
	o := s.owner[i]
	for k := i; k < j; k++ {
		if s.owner[k] != o {
			return -1, false
		}
	}
	if o < 0 {
		return -1, true
	}
	if m := &x.mentions[o]; m.start == i && m.end == j {
		return o, true
	}
	return -1, false
}
