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
	if len(out) == 0 {
		out = x.delegationListed(si) // "The delegation included X and Y. The delegation met Z"
	}
	return out
}

// includeVerbs list a delegation's members after it: "The delegation
// included X and Y".
var includeVerbs = map[string]bool{"included": true, "includes": true, "comprised": true, "comprises": true}

// delegationListed returns the people a sentence next to sentence si lists
// as a delegation's members, the sentence's subject being the delegation
// and its verb "included": "The delegation met President Biden. It/The
// delegation included Senator X and Minister Y." The list must be the
// whole of what follows the verb; nil when neither neighbour is such.
func (x *extractor) delegationListed(si int) []int {
	for _, sj := range [2]int{si - 1, si + 1} {
		if sj < 0 || sj >= len(x.sents) {
			continue
		}
		s := &x.sents[sj]
		for k := 0; k+2 < len(s.toks) && k < 5; k++ {
			if !delegationNouns[s.lower(k)] {
				continue
			}
			if !includeVerbs[s.lower(k+1)] {
				break
			}
			names, end := x.nameList(sj, k+2, false)
			if end < len(s.toks)-1 {
				break
			}
			return x.onlyPeople(names)
		}
	}
	return nil
}

// delegationLedBy returns the token after "by" when a delegation's phrase
// naming its leader opens at token j ("a delegation led by Governor Ron
// DeSantis", "the Yugoslav delegation headed by"): the leader stands for it
// as a party a host receives or meets. It returns -1 otherwise, and the
// country or body the delegation is of, when the phrase names one, or -1.
func (x *extractor) delegationLedBy(si, j int) (int, int) {
	s := &x.sents[si]
	toks := s.toks
	k, body := j, -1
	if k < len(toks) && (toks[k].Tag == "DT" || toks[k].Tag == "PRP$") {
		k++
	}
	for n := 0; n < 4 && k < len(toks) && !delegationNouns[s.lower(k)]; n++ {
		if m := x.mentionAt(si, k); m != nil && m.start == k && m.ent >= 0 && (m.demonym || m.typ == Country || m.typ == Organization) {
			k, body = m.end, m.ent // "a Chinese delegation", "a World Bank delegation"
			continue
		}
		if t := toks[k].Tag; t != "JJ" && t != "NN" {
			return -1, -1
		}
		k++
	}
	if k+2 >= len(toks) || !delegationNouns[s.lower(k)] || s.lower(k+1) != "led" && s.lower(k+1) != "headed" || s.lower(k+2) != "by" {
		return -1, -1
	}
	return k + 3, body
}
