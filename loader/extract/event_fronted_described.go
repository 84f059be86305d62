// The subject after a fronted event phrase may be a description of someone
// named before: "In a meeting with Mayor Tom Grant on Tuesday, the
// governor discussed the budget" tells the meeting of the governor named
// earlier (Governor Phil Lane). The description is "the", modifiers and a
// lower-case title head before the clause's verb; it stands for the
// person of the sentence or the two before whose job title ends in that
// head, and for no one when none has it (no guess by untitled names: a
// wrong party makes a wrong met).

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// describedClauseSubject reads a described subject opening at token k
// ("the") of sentence si, right after the comma that ends a fronted
// phrase: it reports whether there is one ("the governor discussed") and
// the person it stands for, or -1.
func (x *extractor) describedClauseSubject(si, k int) (int, bool) {
	s := &x.sents[si]
	toks := s.toks
	if k < 1 || toks[k-1].Text != "," || s.lower(k) != "the" {
		return -1, false
	}
	h := k + 1
	for h < len(toks) && h < k+4 && s.owner[h] < 0 && (toks[h].Tag == "JJ" || titleModifiers[s.lower(h)]) {
		h++
	}
	if h+1 >= len(toks) || s.owner[h] >= 0 || !isTitleHead(toks[h].Text) || gazetteer.Capitalised(toks[h].Text) {
		return -1, false
	}
	v := h + 1
	for v < len(toks) && v < h+3 && toks[v].Tag == "RB" {
		v++
	}
	if v >= len(toks) || !strings.HasPrefix(toks[v].Tag, "VB") && toks[v].Tag != "MD" {
		return -1, false
	}
	return x.titledAntecedent(si, k, s.lower(h)), true
}

// titledAntecedent returns the person named before token p of sentence si
// (or in the two sentences before) whose job title, read from another
// sentence than si, ends in head, the latest first, or -1. (The roles
// stage may have given "the governor" of sentence si to the last person
// named: that guess is no evidence here.)
func (x *extractor) titledAntecedent(si, p int, head string) int {
	found := -1
	x.eachPersonBefore(si, p, func(e int) bool {
		for f, at := range x.facts {
			if f.s == e && f.p == vocab.PJobTitle && at != si { // a title read from another sentence, not guessed from this description
				if lt := lower(f.lit); lt == head || strings.HasSuffix(lt, " "+head) {
					found = e
					return false
				}
			}
		}
		return true
	})
	return found
}
