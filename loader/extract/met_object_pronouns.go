// The other side of a meeting told by a pronoun: "Mason arrived on Friday.
// Mottley held talks with her on Saturday", "Mottley met him in Bridgetown".

package extract

import (
	"slices"
	"strings"
)

// objectPronoun returns the person the object pronoun "him" or "her" at
// token k of sentence si stands for, and the token after it, or -1. The
// pronoun is no possessive ("met her husband") and is never one of sides,
// the ones who meet (an object pronoun is not its own clause's subject). It
// stands for the one person, not of the other sex, named before it in its
// sentence or in the one before; with two such people (or none) it is left
// unread: stricter than askedPronoun (interview_pronouns.go), which takes
// the last person named, since a meeting's other side is a fact of its own.
func (x *extractor) objectPronoun(si, k int, sides []int) (int, int) {
	s := &x.sents[si]
	if k >= len(s.toks) || s.toks[k].Tag != "PRP" && s.toks[k].Tag != "PRP$" {
		return -1, -1
	}
	want, ok := objectPronounSexes[s.lower(k)]
	if !ok || k+1 < len(s.toks) && possessedNext(s.toks[k+1].Tag) {
		return -1, -1
	}
	found := -1
	for sj := max(si-1, 0); sj <= si; sj++ {
		for _, n := range x.sents[sj].mentions {
			m := &x.mentions[n]
			if sj == si && m.start >= k || m.ent < 0 || m.demonym || m.nominal || x.ents[m.ent].typ != Person || slices.Contains(sides, m.ent) || m.ent == found {
				continue
			}
			if x.entitySex(m.ent) == sexMale+sexFemale-want {
				continue
			}
			if found >= 0 {
				return -1, -1
			}
			found = m.ent
		}
	}
	if found < 0 {
		return -1, -1
	}
	x.resolvedPronoun(si, k, found)
	return found, k + 1
}

// peopleBefore returns the people named in sentence si before token k.
func (x *extractor) peopleBefore(si, k int) []int {
	var out []int
	for _, n := range x.sents[si].mentions {
		if m := &x.mentions[n]; m.start < k && m.ent >= 0 && !m.demonym && x.ents[m.ent].typ == Person && !slices.Contains(out, m.ent) {
			out = append(out, m.ent)
		}
	}
	return out
}

// possessedNext reports whether a word tagged tag after "her" makes it a
// possessive: a noun, an adjective, a number or a gerund begins what she has.
func possessedNext(tag string) bool {
	return isNounTag(tag) || strings.HasPrefix(tag, "JJ") || tag == "CD" || tag == "VBG"
}
