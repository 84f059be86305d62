// Visits to a person's premises: "Mottley visited Governor Lee's office",
// "Kuster visited the home of Mayor Craig". One who visits the office,
// home or residence of a named person (premisesNouns) visits the person:
// the two met there, as when the person is named as the one visited.

package extract

// premisesNouns are the places a person receives visitors at.
var premisesNouns = wordSet("premisesNouns")

// visitedPremises reports whether the mention of person e from token j of
// sentence si is the possessor of premises: "Governor Lee's office", "Mayor
// Craig's new office".
func (x *extractor) visitedPremises(si, j, e int) bool {
	s := &x.sents[si]
	toks := s.toks
	if x.ents[e].typ != Person {
		return false
	}
	for k := j; k < len(toks) && k < j+8; k++ {
		m := x.mentionAt(si, k)
		if m == nil || m.ent != e {
			continue
		}
		n := m.end + 1 // past the possessive
		if m.end >= len(toks) || toks[m.end].Tag != "POS" {
			return false
		}
		for n < len(toks) && n <= m.end+3 && toks[n].Tag == "JJ" {
			n++ // "Lee's new office", "Craig's private residence"
		}
		return n < len(toks) && premisesNouns[s.lower(n)]
	}
	return false
}

// premisesOwner reads "the office of PERSON" from token j of sentence si:
// the person and the token after the name, or -1 and j.
func (x *extractor) premisesOwner(si, j int) (int, int) {
	s := &x.sents[si]
	toks := s.toks
	k := j
	if k < len(toks) && toks[k].Tag == "DT" {
		k++
	}
	if k+2 >= len(toks) || !premisesNouns[s.lower(k)] || s.lower(k+1) != "of" {
		return -1, j
	}
	p, end := x.journalistAt(si, k+2)
	if p < 0 || end <= k+2 || x.ents[p].typ != Person {
		return -1, j
	}
	return p, end
}
