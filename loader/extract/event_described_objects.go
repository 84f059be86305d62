// The person met may be told by a description of someone named before:
// "Mayor Eric Adams toured a school. Governor Kathy Hochul met the mayor
// later that day" tells a meeting with the mayor named earlier. The
// description is "the", modifiers and a lower-case title head ending the
// phrase; it stands for the person of the sentence or the two before whose
// job title, read elsewhere, ends in that head (titledAntecedent), and for
// no one when none has it: a wrong party makes a wrong met.

package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// describedObject reads a description opening at token j of sentence si
// after a verb of meeting ("met the mayor", "met with the governor"): the
// person it stands for, not one of subj, and the token after it; -1 when
// there is no description or no one it stands for. A title owned or
// completed after its head ("the mayor's aides", "the president of the
// bank", "the minister Jane Roe") is no description of this kind.
func (x *extractor) describedObject(si, j int, subj []int) (int, int) {
	s := &x.sents[si]
	toks := s.toks
	if j >= len(toks) || s.lower(j) != "the" {
		return -1, j
	}
	h := j + 1
	for h < len(toks) && h < j+4 && s.owner[h] < 0 && (toks[h].Tag == "JJ" || titleModifiers[s.lower(h)]) {
		h++
	}
	if h >= len(toks) || s.owner[h] >= 0 || !isTitleHead(toks[h].Text) || gazetteer.Capitalised(toks[h].Text) {
		return -1, j
	}
	if n := h + 1; n < len(toks) && (s.lower(n) == "of" || s.lower(n) == "for" || toks[n].Tag == "POS" || s.owner[n] >= 0 || strings.HasPrefix(toks[n].Tag, "NN")) {
		return -1, j
	}
	p := x.titledAntecedent(si, j, s.lower(h))
	if p < 0 || slices.Contains(subj, p) {
		return -1, j
	}
	return p, h + 1
}
