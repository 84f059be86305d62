// A speaker with no name whose relative clause names a body: "The pilots
// union that has bid 4.5 billion dlrs to buy United Airlines from UAL Inc
// said it is holding a meeting" — "it" is the union, not UAL Inc, the name
// right before the verb.

package extract

// relativeClauseSpeaker reports whether token p, the last of a name right
// before a speech verb, ends a restrictive relative clause ("that", "which",
// "who" with no comma) whose head noun opens the sentence and is no name:
// "The pilots union that has bid ... from UAL Inc".
func (x *extractor) relativeClauseSpeaker(si, p int) bool {
	s := &x.sents[si]
	toks := s.toks
	for k := p; k > 0 && k >= p-20; k-- {
		if toks[k].Text == "," {
			return false
		}
		if t := toks[k].Tag; (t == "WDT" || t == "WP" || t == "IN" && s.lower(k) == "that") && s.owner[k] < 0 {
			h := k - 1
			if s.owner[h] >= 0 || toks[h].Tag != "NN" && toks[h].Tag != "NNS" {
				return false
			}
			for q := 0; q < h; q++ {
				if s.owner[q] >= 0 {
					return false
				}
				switch toks[q].Tag {
				case "DT", "JJ", "NN", "NNS":
				default:
					return false
				}
			}
			return true
		}
	}
	return false
}
