// Bodies named as examples of a plural noun of bodies: "resistance groups
// like Indivisible", "firms such as Appen". One name after "like" or "such
// as" is enough to show it is a body's, where a bare list after the noun
// wants two ("technology companies Dell, Samsung and Matsushita":
// firmsAfterNoun, firm_evidence.go).

package extract

// likeAfter returns the token after "like" or "such as" at token j of
// sentence s, and whether one was there; else j and false.
func likeAfter(s *sentence, j int) (int, bool) {
	switch {
	case j < len(s.toks) && s.lower(j) == "like":
		return j + 1, true
	case j+1 < len(s.toks) && s.lower(j) == "such" && s.lower(j+1) == "as":
		return j + 2, true
	}
	return j, false
}
