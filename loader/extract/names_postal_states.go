package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// postalStates types as a place a US state's two-letter postal code written
// after a town and a comma, as modern American copy writes addresses and
// datelines ("researchers at Columbia University in New York City, NY",
// "a nursery in Greenville, SC"): the recogniser reads the capitals as a
// body's acronym ("NY" an organisation) or leaves them out. The code must
// close the phrase (no capitalised word after it: "Austin, TX Energy" is
// another name) and the town before it must be read as a place.
func (x *extractor) postalStates() {
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		for i := 2; i < len(s.toks); i++ {
			code := s.toks[i].Text
			if len(code) != 2 || s.toks[i-1].Text != "," || !x.townEndsAt(si, i-2) {
				continue
			}
			if i+1 < len(s.toks) && gazetteer.Capitalised(s.toks[i+1].Text) {
				continue
			}
			if _, ok := gazetteer.USState(code); !ok {
				continue
			}
			if k := s.owner[i]; k >= 0 {
				if m := &x.mentions[k]; m.start == i && m.end == i+1 && !m.demonym {
					m.typ = Place
				}
				continue
			}
			x.addMention(si, i, i+1, Place, false)
		}
	}
}

// townEndsAt reports whether a mention read as a town or a place, not a
// country, ends at token k of sentence si.
func (x *extractor) townEndsAt(si, k int) bool {
	o := x.sents[si].owner[k]
	if o < 0 {
		return false
	}
	m := &x.mentions[o]
	return m.end == k+1 && !m.demonym && (m.typ == City || m.typ == Place)
}
