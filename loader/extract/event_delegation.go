// A delegation's members meet whom the delegation meets: "A congressional
// delegation led by Senator Anna Lind and including Representative Karl
// Brenner met President Tsai", "The delegation, which included X and Y,
// met Z", "Members of the delegation, X and Y, met Z".

package extract

// delegationNouns head a subject whose named members take part.
var delegationNouns = map[string]bool{"delegation": true, "delegations": true}

// delegationSubject returns the people named inside a subject headed by a
// delegation noun among the first five tokens of sentence si, before the
// verb at token v: who leads it, is included or is in apposition; nil when
// a finite verb other than "included" or "led" stands between, or when no
// person is named.
func (x *extractor) delegationSubject(si, v int) []int {
	s := &x.sents[si]
	g := -1
	for k := 0; k < v && k < 5; k++ {
		if delegationNouns[s.lower(k)] {
			g = k
			break
		}
	}
	if g < 0 {
		return nil
	}
	var out []int
	for k := g + 1; k < v; k++ {
		t := s.toks[k].Tag
		w := s.lower(k)
		if (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || w == "said" || t == ":") && w != "included" && w != "includes" && w != "led" && w != "headed" {
			return nil
		}
		m := x.mentionAt(si, k)
		if m == nil || m.ent < 0 || m.start != k {
			continue
		}
		if x.ents[m.ent].typ == Person && !(m.end < len(s.toks) && s.toks[m.end].Tag == "POS") {
			out = append(out, m.ent)
		}
		k = m.end - 1
	}
	return out
}
