// People named as some of a group met: "met with business leaders on
// Tuesday, including Jamie Dimon and Jane Fraser", "held talks with several
// ministers, among them Finance Minister Nirmala Sitharaman".

package extract

// includedPeople returns the people named after "including", "among them"
// or "such as" that follow the unnamed people at token j of sentence si
// ("business leaders", "several ministers"), maybe past a place, a date
// and a comma; or nil. Only people: "leaders of groups including the ACLU" names
// bodies, not who came.
func (x *extractor) includedPeople(si, j int) []int {
	s := &x.sents[si]
	toks := s.toks
	if !x.unnamedPeopleAt(si, j) {
		return nil
	}
	k := j
	for k < len(toks) && k < j+8 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD" || toks[k].Tag == "NN" || toks[k].Tag == "NNS" || s.owner[k] >= 0 && x.mentions[s.owner[k]].demonym) {
		k++
	}
	// "community leaders in Brooklyn on Tuesday": past the place
	if k+1 < len(toks) && (s.lower(k) == "in" || s.lower(k) == "at") {
		if pm := x.mentionAt(si, k+1); pm != nil && pm.start == k+1 && pm.ent >= 0 && isPlace(x.ents[pm.ent].typ) && !pm.demonym {
			k = pm.end
		}
	}
	if d := dateAt(s.dates, k); d != nil && d.End > k {
		k = d.End
	} else if k+1 < len(toks) && s.lower(k) == "on" {
		if d := dateAt(s.dates, k+1); d != nil && d.End > k+1 {
			k = d.End
		}
	}
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	switch {
	case k+1 < len(toks) && s.lower(k) == "including":
		k++
	case k+2 < len(toks) && (s.lower(k) == "among" && s.lower(k+1) == "them" || s.lower(k) == "such" && s.lower(k+1) == "as"):
		k += 2
	default:
		return nil
	}
	ents, _ := x.nameList(si, k, false)
	var out []int
	for _, e := range ents {
		if x.ents[e].typ == Person {
			out = append(out, e)
		}
	}
	return out
}
