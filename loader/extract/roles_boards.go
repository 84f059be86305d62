// Board seats: "a member of the board of Acme Corp", "chairman of the
// board of directors of Acme", "a member of the Acme Port Authority board
// of trustees", "a member of Acme Corp's board". A body's board is the
// body's own: the title's affiliation is the body.

package extract

// boardKinds follow "board of" and name whom it seats: "board of
// directors", "board of trustees".
var boardKinds = map[string]bool{"directors": true, "trustees": true, "governors": true, "regents": true,
	"management": true, "supervisors": true, "commissioners": true}

// boardEnd returns the token after "board [of KIND]" at token k, or k
// when no board is named there.
func (x *extractor) boardEnd(si, k int) int {
	s := &x.sents[si]
	if k >= len(s.toks) || s.owner[k] >= 0 || s.lower(k) != "board" || s.toks[k].Tag != "NN" {
		return k
	}
	k++
	if k+1 < len(s.toks) && s.lower(k) == "of" && boardKinds[s.lower(k+1)] {
		k += 2
	}
	return k
}

// boardOf reads "board [of KIND] of [the] BODY" at token k, after a
// title's "of the", and returns the token the body's name starts at, or k
// when no body's board is named there.
func (x *extractor) boardOf(si, k int) int {
	s := &x.sents[si]
	e := x.boardEnd(si, k)
	if e == k || e+1 >= len(s.toks) || s.lower(e) != "of" {
		return k
	}
	b := e + 1
	if s.lower(b) == "the" {
		b++
	}
	if b < len(s.toks) && s.owner[b] >= 0 {
		if m := &x.mentions[s.owner[b]]; m.start == b && m.typ == Organization && !m.nominal {
			return b
		}
	}
	return k
}
