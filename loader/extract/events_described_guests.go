// A party to a meeting named by a description and then by name, set off by
// commas: "received the president of the AIRD, Celso Juan Marranzini, at
// the National Palace", "hosted the head of the Caribbean Development
// Bank, Gene Leon,", "met with the city's police commissioner, Keechant
// Sewell," (issue 15): the person named is the party, not the body.

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// describedPersonAt returns the person named after a description of the
// post at token j of sentence si ("the president of the AIRD, Celso Juan
// Marranzini,") and the token after the name and its closing comma, or -1
// and j. The description holds a title's head and only the words of a post:
// determiners, possessives, lower-case modifiers, "of", "for", "at", and
// the names of bodies and places (or a capitalised word after "of the" that
// names none: "the Leader of the Opposition"); the name closes with a comma or the
// sentence's end.
func (x *extractor) describedPersonAt(si, j int) (int, int) {
	s := &x.sents[si]
	toks := s.toks
	head := false
	for k := j; k < len(toks) && k < j+12; k++ {
		if m := x.mentionAt(si, k); m != nil && m.start == k {
			if m.ent < 0 || x.ents[m.ent].typ == Person || x.ents[m.ent].typ == Event {
				return -1, j
			}
			k = m.end - 1 // "of the Caribbean Development Bank"
			continue
		}
		if toks[k].Text == "," {
			if !head || k+1 >= len(toks) {
				return -1, j
			}
			n := titleBeforeName(s, k+1) // "her counterpart, Minister Dennis Moses,"
			m := x.mentionAt(si, n)
			if m == nil || m.start != n || m.nominal || m.ent < 0 || x.ents[m.ent].typ != Person {
				return -1, j
			}
			if m.end < len(toks) && toks[m.end].Text == "," {
				// "financial advisor, L.F. Rothschild, Unterberg, Towbin
				// Inc.": a firm's partners, no person
				for n := m.end + 1; n < len(toks) && n <= m.end+4; n++ {
					if legalForms[legalWord(toks[n].Text)] {
						return -1, j
					}
				}
				return m.ent, m.end + 1
			}
			if m.end >= len(toks) || toks[m.end].Tag == "." {
				return m.ent, m.end
			}
			return -1, j
		}
		switch w := s.lower(k); {
		case isTitleHead(toks[k].Text):
			head = true
		case w == "of" || w == "for" || w == "at" || w == "the" || w == "his" || w == "her" || w == "their" || w == "its":
		case toks[k].Tag == "POS" || toks[k].Tag == "JJ" || toks[k].Tag == "NN" && !head:
		case head && k > j && s.lower(k-1) == "the" && k > j+1 && s.lower(k-2) == "of" && toks[k].Tag == "NNP" && gazetteer.Capitalised(toks[k].Text):
			// "the Leader of the Opposition, Kamla Persad-Bissessar,": a
			// capitalised body the tagger knows by no name
		default:
			return -1, j
		}
	}
	return -1, j
}
