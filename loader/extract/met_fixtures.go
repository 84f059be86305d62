// Fixtures told without a sports word: "Nadal will meet Djokovic in the
// final", "Gauff meets Swiatek in the third round" are a draw's rounds, not
// meetings; "the final round of talks" and "in the final analysis" are none.

package extract

// roundOrdinals open a round of a draw: "in the third round".
var roundOrdinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"opening": true, "next": true, "last": true, "1st": true, "2nd": true, "3rd": true, "4th": true}

// fixturePhrase reports whether sentence si places something in a draw's
// round: "in the final" or "in the third round" with no noun or "of" after
// it ("the final communique", "the second round of talks").
func (x *extractor) fixturePhrase(si int) bool {
	s := &x.sents[si]
	toks := s.toks
	for k := 0; k+2 < len(toks); k++ {
		if s.lower(k) != "in" || s.lower(k+1) != "the" {
			continue
		}
		end := -1
		switch {
		case s.lower(k+2) == "final" || s.lower(k+2) == "finals":
			end = k + 3
		case roundOrdinals[s.lower(k+2)] && k+3 < len(toks) && s.lower(k+3) == "round":
			end = k + 4
		}
		if end < 0 {
			continue
		}
		if end == len(toks) {
			return true
		}
		if w := s.lower(end); w != "of" && !isNounTag(toks[end].Tag) {
			return true
		}
	}
	return false
}

// isNounTag reports whether a tag is a noun's.
func isNounTag(tag string) bool {
	return len(tag) >= 2 && tag[:2] == "NN"
}
