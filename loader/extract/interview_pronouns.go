// The one asked, told by a pronoun: "Wootton asked her, “Did you get it
// from a tick?”": her is the person last named before, in this sentence
// or the three before it, who is not the one asking and whom the article
// does not say is of the other sex.

package extract

// objectPronounSexes are the object pronouns of one person and the sex
// each says.
var objectPronounSexes = map[string]sex{"him": sexMale, "her": sexFemale}

// askedPronoun returns the person the object pronoun at token k of
// sentence si stands for, not asker, and the token after the pronoun; -1
// when token k is no such pronoun or no person fits.
func (x *extractor) askedPronoun(si, k, asker int) (int, int) {
	want, ok := objectPronounSexes[x.sents[si].lower(k)]
	if !ok || x.sents[si].toks[k].Tag != "PRP" {
		return -1, k
	}
	for s := si; s >= 0 && s >= si-3; s-- {
		ms := x.sents[s].mentions
		for n := len(ms) - 1; n >= 0; n-- {
			m := &x.mentions[ms[n]]
			if s == si && m.start >= k || m.ent < 0 || m.ent == asker || m.demonym || m.nominal || x.ents[m.ent].typ != Person {
				continue
			}
			if got := x.entitySex(m.ent); got != sexUnknown && got != sexBoth && got != want {
				continue
			}
			return m.ent, k + 1
		}
	}
	return -1, k
}

// entitySex returns what the article's mentions of person e say of e's
// sex.
func (x *extractor) entitySex(e int) sex {
	out := sexUnknown
	for k := range x.mentions {
		if x.mentions[k].ent == e {
			out = out.add(x.mentionSex(k))
		}
	}
	return out
}
