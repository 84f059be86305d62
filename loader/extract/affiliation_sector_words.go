package extract

// sectorOpening reports whether body mention m of sentence si is the field
// of an analyst that opens the sentence, a dictionary word English
// capitalises there, when the sentence names the analyst's firm after the
// name: "Bank analyst Michael Walsh at First Marathon Securities Ltd" (no
// bank of the story: seed129), "Steel analyst Peter Fish, director of
// consulting group MEPS" (no steel maker of the story). "Salomon analyst
// David Sutliff" (no dictionary word) and "Bank economist John Smith said"
// (no other firm) stand.
func (x *extractor) sectorOpening(si int, m *mention) bool {
	s := &x.sents[si]
	if m.start != 0 || m.end != 1 || m.end+1 >= len(s.toks) || !analystNouns[s.lower(m.end)] || !dictionaryWord(s.toks[0].Text) {
		return false
	}
	if _, ok := orgLookup(m.name); ok {
		return false
	}
	p := x.mentionAt(si, m.end+1)
	if p == nil || p.typ != Person {
		return false
	}
	// the analyst's firm after the name: "at X", "of X", ", director of X"
	for k := p.end; k < len(s.toks) && k < p.end+10; k++ {
		w := s.lower(k)
		if w != "of" && w != "at" && w != "from" && w != "with" {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+7; j++ {
			if o := x.mentionAt(si, j); o != nil && o.typ == Organization || s.owner[j] < 0 && isAcronym(s.toks[j].Text) {
				return true // a firm, or a name of capitals the recogniser left ("consulting group MEPS")
			}
		}
	}
	return false
}
