package extract

// A Spanish or French title's body named by a demonstrative and its noun
// (issue 15): "Circe Almánzar, vicepresidenta ejecutiva de esa entidad"
// works for the body named just before ("la AIRD").

var (
	// foreignBodyAnaphors are nouns of a body after a demonstrative.
	foreignBodyAnaphors = wordSet("foreignBodyAnaphors")
	// foreignDemonstratives point back to a body named before.
	foreignDemonstratives = wordSet("foreignDemonstratives")
)

// foreignAnaphorBody reads "de esa entidad" at token j of sentence si,
// after a title opening at token r, and returns the entity of the last
// organisation named before the title in this sentence or the one before,
// or -1.
func (x *extractor) foreignAnaphorBody(si, r, j int) int {
	s := &x.sents[si]
	if j+2 >= len(s.toks) || !foreignOf[s.lower(j)] || !foreignDemonstratives[s.lower(j+1)] || !foreignBodyAnaphors[s.lower(j+2)] {
		return -1
	}
	for sj := si; sj >= 0 && sj >= si-1; sj-- {
		ms := x.sents[sj].mentions
		for n := len(ms) - 1; n >= 0; n-- {
			m := &x.mentions[ms[n]]
			if sj == si && m.start >= r || m.ent < 0 {
				continue
			}
			if x.ents[m.ent].typ == Organization {
				return m.ent
			}
		}
	}
	return -1
}
