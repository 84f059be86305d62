// Calls between people: "a call between Blinken and Wang Yi", "the phone
// call between the two presidents" names a call without a modifier before
// it; a "call for calm" or a "call between rounds" stays none.

package extract

// callBetween reports whether the noun "call" at token i of sentence si is
// followed by "between" and, within a title's reach, a person's name.
func (x *extractor) callBetween(si, i int) bool {
	s := &x.sents[si]
	if i+2 >= len(s.toks) || s.lower(i+1) != "between" {
		return false
	}
	return x.personNamedAt(si, i+2) >= 0
}
