// Calls between people: "a call between Blinken and Wang Yi", "the phone
// call between the two presidents", "during a call with President Biden",
// "his call with Mayor Adams" name a call without a modifier before it; a
// "call for calm", a "call between rounds", a "close call with Smith" or a
// "call with the help of" stays none.

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

// callWith reports whether the noun "call" at token i of sentence si is
// one held with someone: a determiner, a possessive, an adjective (not
// "close") or a date before it, "with" after it, and a person's name there, maybe
// past a title ("a call with President Joe Biden", "her call with Smith");
// a name that owns what follows ("a call with Smith's approval") is none.
func (x *extractor) callWith(si, i int) bool {
	s := &x.sents[si]
	if i < 1 || i+2 >= len(s.toks) || s.lower(i+1) != "with" {
		return false
	}
	switch p := s.toks[i-1]; {
	case p.Tag == "DT" || p.Tag == "PRP$" || p.Tag == "POS":
	case p.Tag == "JJ" && s.lower(i-1) != "close" && s.owner[i-1] < 0:
	case dateAt(s.dates, i-1) != nil: // "a Tuesday call with"
	default:
		return false
	}
	return x.personNamedAt(si, i+2) >= 0
}
