package extract

// foundedAfter reports whether a passive of founding follows mention m:
// "Def Jam was founded in 1984", "Jet, which was founded by", "Vexora,
// founded in 2010,", "Vexora, co-founded by". People are not founded;
// bodies, towns and countries are, so firmSignal asks it only of names read
// as people's.
func (x *extractor) foundedAfter(m *mention) bool {
	s := &x.sents[m.sent]
	n := len(s.toks)
	j := m.end
	comma := j < n && s.toks[j].Text == ","
	if comma {
		j++
		if j < n && (s.lower(j) == "which" || s.lower(j) == "that") {
			j++
			comma = false
		}
	}
	if j < n && (s.lower(j) == "was" || s.lower(j) == "is") {
		j++
		comma = false
	} else if !comma {
		return false // "Vexora founded": the active voice, a founder
	}
	if j < n && s.toks[j].Tag == "RB" {
		j++ // "was originally founded"
	}
	if j >= n {
		return false
	}
	title, ok := bodyVerbs[s.lower(j)]
	return ok && founderTitles[title]
}
