package extract

// Two titles joined by "and" before a name, the body before the first
// (issue 15): "Whole Foods co-founder and CEO John Mackey", "Apple chairman
// and chief executive officer John Sculley".

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
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
			if ok && r1.affil < 0 {
				// "artist and educator Alexandria Douziech": two lone
				// trades, each the person's; "Lane, president and chief
				// operating officer James Hill": a lone title before a
				// longer one
				if r2, ok2 := x.loneTradeBefore(si, k); ok2 {
					if m := x.mentionAt(si, start); m != nil && m.ent >= 0 {
						x.addRole(m.ent, r2, si)
					}
				}
				return
			}
			if !ok || r1.affil < 0 || r1.plural || !isTitleHead(titleTail(r1.title)) {
				return
			}
			if m := x.mentionAt(si, start); m != nil && m.ent >= 0 {
				x.addRole(m.ent, r1, si)
			}
			r.affil = r1.affil
			return
		}
		if !(t.Tag == "NN" || t.Tag == "NNP" || t.Tag == "VBG" && k < start-1 || strings.HasPrefix(t.Tag, "JJ")) || k < start-1 && gazetteer.Capitalised(t.Text) != gazetteer.Capitalised(toks[start-1].Text) {
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

// loneTradeBefore reads the one lower-case word before the "and" at token k
// as a trade or title of its own ("artist and educator", "author and
// activist", "Singer and actress"): a title head or an occupation's shape,
// opening the sentence or after an article, a comma or a verb; not after
// "between" or "with" ("talks between the president and prime minister
// X"), nor after a name.
func (x *extractor) loneTradeBefore(si, k int) (role, bool) {
	s := &x.sents[si]
	toks := s.toks
	r := role{affil: -1}
	w := k - 1
	if w < 0 || s.owner[w] >= 0 || toks[w].Tag != "NN" || gazetteer.Capitalised(toks[w].Text) && w > 0 {
		return r, false
	}
	if !isTitleHead(toks[w].Text) && !occupation(nlp.Token{Text: lower(toks[w].Text), Tag: "NN"}) {
		return r, false
	}
	if w > 0 {
		p := s.lower(w - 1)
		if p != "the" && p != "a" && p != "an" && toks[w-1].Text != "," && !isVerbTag(toks[w-1].Tag) {
			return r, false
		}
		if p == "the" || p == "a" || p == "an" {
			if w >= 2 && (s.lower(w-2) == "between" || s.lower(w-2) == "with" || s.lower(w-2) == "and") {
				return r, false
			}
		}
	}
	r.title = lower(toks[w].Text)
	r.occ = !isTitleHead(toks[w].Text)
	return r, true
}
