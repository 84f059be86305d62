package extract

import "strings"

// A described title ("The prime minister denied all that") is not the
// person named last when the same title stands between that name and the
// description for no one named: "Mr Brown ... will next week visit Africa -
// often seen as the prime minister's 'turf'. The prime minister denied all
// that" speaks of a prime minister other than Brown (seed164).

// titleBetween reports whether the title words appear, after "the" and not
// as a mention, from token end of sentence fs up to token i of sentence si.
func (x *extractor) titleBetween(words []string, fs, end, si, i int) bool {
	if fs < 0 || len(words) == 0 {
		return false
	}
	for s := fs; s <= si; s++ {
		toks := x.sents[s].toks
		from, to := 0, len(toks)
		if s == fs {
			from = end
		}
		if s == si {
			to = i
		}
		for k := from; k+len(words) < to+1 && k+len(words) < len(toks); k++ {
			if !lowerIs(toks[k].Text, "the") || x.sents[s].owner[k+1] >= 0 {
				continue
			}
			same := true
			for n, w := range words {
				if !strings.EqualFold(toks[k+1+n].Text, w) {
					same = false
					break
				}
			}
			if same {
				return true
			}
		}
	}
	return false
}
