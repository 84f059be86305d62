package extract

// Two titles joined by "and" before a name, the body before the first
// (issue 15): "Whole Foods co-founder and CEO John Mackey", "Apple chairman
// and chief executive officer John Sculley".

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// joinedTitleBefore reads the first of two titles joined by "and" before a
// name starting at token start, whose second title (role r, with no body)
// was read: the first title is the person's too, and its body is both's.
func (x *extractor) joinedTitleBefore(si, start int, r *role) {
	s := &x.sents[si]
	toks := s.toks
	if r.affil >= 0 || r.plural {
		return
	}
	for k := start - 1; k > 1 && k >= start-4; k-- {
		t := toks[k]
		if s.owner[k] >= 0 {
			return
		}
		if s.lower(k) == "and" {
			r1, ok := x.titleBefore(si, k)
			if !ok || r1.affil < 0 || r1.plural || !isTitleHead(titleTail(r1.title)) {
				return
			}
			if m := x.mentionAt(si, start); m != nil && m.ent >= 0 {
				x.addRole(m.ent, r1, si)
			}
			r.affil = r1.affil
			return
		}
		if !(t.Tag == "NN" || t.Tag == "NNP" || strings.HasPrefix(t.Tag, "JJ")) || k < start-1 && gazetteer.Capitalised(t.Text) != gazetteer.Capitalised(toks[start-1].Text) {
			return
		}
	}
}

// titleTail returns the last word of a title.
func titleTail(t string) string {
	if i := strings.LastIndexByte(t, ' '); i >= 0 {
		return t[i+1:]
	}
	return t
}
