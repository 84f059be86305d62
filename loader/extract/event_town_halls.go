// A town hall as an event: "Senator Moss will host a town hall in Fairview
// on Saturday", "spoke at a virtual town hall with voters". American
// political news names the open meeting of an official with the public by
// the building's name; told with an indefinite article ("a town hall", "a
// CNN town hall") it is the meeting, while "the town hall" stays the
// building ("outside the town hall in Leeds"). "a town hall meeting" is
// read by its head, "meeting".

package extract

// townHall reports whether token i of sentence si is the "hall" of "a
// town hall" (or "town halls") told as an event: "town" before it, an
// indefinite article at most two words before "town" (or the plural with
// none), and no event noun after it.
func (x *extractor) townHall(si, i int) bool {
	s := &x.sents[si]
	lw := s.lower(i)
	if lw != "hall" && lw != "halls" || i < 1 || s.lower(i-1) != "town" || s.owner[i] >= 0 || s.owner[i-1] >= 0 {
		return false
	}
	if i+1 < len(s.toks) {
		if _, ok := lowerHas(eventNouns, s.toks[i+1].Text); ok {
			return false // "a town hall meeting": the meeting is the trigger
		}
	}
	if lw == "halls" {
		return i < 2 || s.toks[i-2].Tag != "DT"
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		switch w := s.lower(k); {
		case w == "a" || w == "an":
			return true
		case s.toks[k].Tag == "JJ" || s.toks[k].Tag == "NNP" || s.toks[k].Tag == "NN":
			continue // "a virtual town hall", "a CNN town hall"
		default:
			return false
		}
	}
	return false
}
