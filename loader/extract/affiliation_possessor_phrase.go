package extract

import "strings"

// A body named as a modifier inside a possessor phrase: in "Tim Osborne,
// head of Yukos main shareholders' group Menatep" he heads the
// shareholders' group, not Yukos.

// modifiesPossessor reports whether body mention m is followed, with no
// other name between, by one to three lower-case nouns or adjectives the
// last of which is a possessive, and a noun after it: "Yukos main
// shareholders' group", "Ford dealers' association". The body modifies the
// possessor; the post is in the thing possessed.
func modifiesPossessor(s *sentence, m *mention) bool {
	k := m.end
	n := 0
	for ; k < len(s.toks) && n < 3 && s.owner[k] < 0; k++ {
		t := s.toks[k]
		if !(strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ") || t.Text != lower(t.Text) {
			break
		}
		n++
	}
	if n == 0 || k+1 >= len(s.toks) {
		return false
	}
	if t := s.toks[k]; t.Tag != "POS" && t.Text != "'" && t.Text != "’" {
		return false
	}
	return strings.HasPrefix(s.toks[k+1].Tag, "NN")
}
