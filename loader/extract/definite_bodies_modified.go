// "The school board", "the city council", "the planning commission": a
// body's heading noun with a lower-case noun before it, after "the", stands
// for the one organisation of the article whose name ends in those two
// words ("the Broward County School Board ... The school board met"). The
// bare noun is read by definiteBodies; this reads the two-word tail, which
// names the body where the bare noun would be ambiguous or be taken as a
// modifier.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// modifiedDefiniteBody returns the organisation that "the NOUN HEAD" ending
// at token i of sentence si stands for, or -1: HEAD a lower-case body
// suffix, NOUN a lower-case common noun, neither taken by a name, no noun
// after HEAD ("the school board meeting" is a meeting), and exactly one
// organisation whose name ends in "Noun Head".
func (x *extractor) modifiedDefiniteBody(si, i int) int {
	s := &x.sents[si]
	toks := s.toks
	if i < 2 || s.lower(i-2) != "the" || toks[i-1].Tag != "NN" || s.owner[i-1] >= 0 {
		return -1
	}
	if gazetteer.Capitalised(toks[i].Text) || gazetteer.Capitalised(toks[i-1].Text) || !gazetteer.IsOrgSuffix(toks[i].Text) {
		return -1
	}
	if i+1 < len(toks) && (toks[i+1].Tag == "NN" || toks[i+1].Tag == "NNS") || peopleOf(s, i) {
		return -1
	}
	found := -1
	for e, ent := range x.ents {
		if ent.typ != Organization {
			continue
		}
		f := strings.Fields(ent.name)
		if len(f) < 3 || !strings.EqualFold(f[len(f)-2], toks[i-1].Text) || !strings.EqualFold(f[len(f)-1], toks[i].Text) {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}
