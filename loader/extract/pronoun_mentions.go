// Pronouns the extractor resolved (and words it read as standing for an
// entity), as mentions of their antecedents for evidence.

package extract

import "sort"

// pronounRef is a pronoun at token tok of sentence sent that the extractor
// read as entity ent ("his" in "his talks with Kurihara"), or a word it
// read as implying it ("Senator" for the Senate).
type pronounRef struct {
	sent, tok, ent int
}

// resolvedPronoun records that the pronoun at token k of sentence si stands
// for entity e, when token k is a pronoun and e is an entity.
func (x *extractor) resolvedPronoun(si, k, e int) {
	if e < 0 || si < 0 || si >= len(x.sents) || k < 0 || k >= len(x.sents[si].toks) {
		return
	}
	if tag := x.sents[si].toks[k].Tag; tag != "PRP" && tag != "PRP$" {
		return
	}
	x.pronouns = append(x.pronouns, pronounRef{sent: si, tok: k, ent: e})
}

// referringWord records that token k of sentence si, a word that is no
// name, stands for entity e by the extractor's reading: the title that
// implies a body ("Senator" for the Senate, "trust" in "trust member").
func (x *extractor) referringWord(si, k, e int) {
	if e < 0 || si < 0 || si >= len(x.sents) || k < 0 || k >= len(x.sents[si].toks) || x.sents[si].owner[k] >= 0 {
		return
	}
	x.pronouns = append(x.pronouns, pronounRef{sent: si, tok: k, ent: e})
}

// pronounMention returns the first pronoun of sentence si resolved to
// entity e (an index into x.ents) as a Mention, or false when there is none.
func (x *extractor) pronounMention(si, e int) (Mention, bool) {
	for _, r := range x.pronouns {
		if r.sent == si && r.ent == e {
			t := x.sents[si].toks[r.tok]
			return Mention{Sentence: si, Start: t.Start, End: t.End}, true
		}
	}
	return Mention{}, false
}

// namedIn reports whether the kept entity with x.ents index e is named in
// sentence si, by a name (in) or by a pronoun the extractor resolved to it.
// With add, such a pronoun is added to the entity's mentions in the
// Document (and to in), so that the sentence is seen to refer to it.
func (x *extractor) namedIn(in []map[int]bool, keep []int, e, si int, add bool) bool {
	d := keep[e]
	if in[d][si] {
		return true
	}
	m, ok := x.pronounMention(si, e)
	if !ok || !add {
		return ok
	}
	ms := append(x.doc.Entities[d].Mentions, m)
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	x.doc.Entities[d].Mentions = ms
	in[d][si] = true
	return true
}
