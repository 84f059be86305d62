package extract

// A title's body that is a unit of a larger body named after it with "at"
// (issue 15): "She is the director of the Center for Food and Allergy
// Research at the Murdoch Children's Research Institute in Melbourne",
// "dean of the School of Public Health at Harvard University,". The unit
// is the affiliation; the phrase goes on to the larger body's name.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// unitParentEnd returns the token after "at [the] BODY" at token end of
// sentence si when the affiliation mention toAffil before it names a unit
// ("the Center for ...", bodies_units.go's unitHeaded), or end when it does
// not.
func (x *extractor) unitParentEnd(si, toAffil, end int) int {
	s := &x.sents[si]
	toks := s.toks
	am := &x.mentions[toAffil]
	if am.typ != Organization || end+1 >= len(toks) || s.lower(end) != "at" || am.ent < 0 || !unitHeaded(strings.Fields(lower(x.ents[am.ent].name))) {
		return end
	}
	k := end + 1
	if s.lower(k) == "the" {
		k++
	}
	pm := x.mentionAt(si, k)
	if pm == nil || pm.start != k || pm.typ != Organization || !gazetteer.Capitalised(toks[k].Text) {
		return end
	}
	return pm.end
}
