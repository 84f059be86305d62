// Guests hosted or welcomed in a list: "Mayor Williams hosted Councillor
// Kari Douglas and Councillor Andrew Swaby at City Hall", "welcomed A, B
// and C": every guest named is at the meeting, not the first alone (issue
// 15: attendee lists cut).

package extract

// moreGuests returns the guests listed after the first guest of a hosting
// verb, whose name ends before token end, and the token after the list: "and
// NAME", ", NAME ... and NAME". A list joined by commas counts only when
// "and" brings its last guest ("hosted Smith, Jones said" lists none).
func (x *extractor) moreGuests(si, end int) ([]int, int) {
	s := &x.sents[si]
	toks := s.toks
	var out []int
	last := end
	for k := end; k < len(toks); {
		next := k
		and := false
		switch {
		case s.lower(k) == "and":
			next, and = k+1, true
		case toks[k].Text == "," && k+1 < len(toks) && s.lower(k+1) == "and":
			next, and = k+2, true
		case toks[k].Text == ",":
			next = k + 1
		default:
			return nil, end
		}
		g, e := x.journalistAt(si, next)
		if g < 0 || e <= next || e < len(toks) && toks[e].Tag == "POS" {
			return nil, end
		}
		out = append(out, g)
		last = e
		if and {
			return out, last
		}
		k = e
	}
	return nil, end
}
