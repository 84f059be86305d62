// Works listed after "such as": "arcade classics such as Space Invaders,
// Pac-Man and Donkey Kong", "films such as Billy Elliot and Troy", "viruses
// such as Netsky". The plural noun before "such as" (data/workListHeads.txt)
// says what the listed names are, and the recogniser's organisations and
// people among them are works, dropped like a work named after its noun
// (names_work_cues.go). A name followed by a possessive is the maker, not
// the work ("titles such as Sony's Gran Turismo"), and stays.

package extract

// workListHeads are the plural nouns for works that head a list after
// "such as" (data/workListHeads.txt).
var workListHeads = wordSet("workListHeads")

// workListed reports whether the name at tokens [i, j) of s is an item of
// a list that follows "<works> such as", without a possessive after it.
func workListed(s *sentence, i, j int) bool {
	if j < len(s.toks) && s.toks[j].Tag == "POS" {
		return false // the maker: "games such as Sony's Gran Turismo"
	}
	for k := i - 1; k >= 2; k-- {
		w := s.lower(k)
		if w == "as" && s.lower(k-1) == "such" {
			return workListHeads[s.lower(k-2)]
		}
		if !workListWord(s, k) {
			return false
		}
	}
	return false
}

// workListWord reports whether token k of s may be inside a list of names:
// a capitalised word, a number, a comma, "and", "or", "the", a possessive,
// or a word inside a title ("of", "&", "-").
func workListWord(s *sentence, k int) bool {
	t := s.toks[k].Text
	switch s.lower(k) {
	case ",", "and", "or", "the", "of", "&", "-", "'s", "'":
		return true
	}
	if s.toks[k].Tag == "CD" {
		return true
	}
	return t != "" && t[0] >= 'A' && t[0] <= 'Z'
}
