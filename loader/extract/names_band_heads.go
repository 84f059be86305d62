// Bands and groups named right after their noun: "rock band Keane won",
// "boy band McFly were sixth", "Leeds group Kaiser Chiefs". The noun in
// lower case before a name makes it a body's, though the name reads like a
// person's ("band Franz Ferdinand") or the recogniser left it unnamed.

package extract

// bandNouns name a body of players or members when a name follows them.
var bandNouns = map[string]bool{"band": true, "group": true}

// bandNamed, in sentence si: a name read as a person's, or left untyped,
// right after "band" or "group" in lower case is a body's; unnamed capitals there (at most
// three, plain words, neither a given name nor a title, and no number
// after them) name one.
func (x *extractor) bandNamed(si int) {
	s := &x.sents[si]
	toks := s.toks
	for i := 1; i < len(toks); i++ {
		if !bandNouns[toks[i-1].Text] || !isNounTag(toks[i-1].Tag) {
			continue
		}
		if k := s.owner[i]; k >= 0 {
			m := &x.mentions[k]
			if m.start == i && (m.typ == Person || m.typ == Other) && !m.demonym {
				m.typ, m.sure = Organization, true
			}
			continue
		}
		e := unnamedCapitals(x, si, i, 3)
		if e == i || !plainCapitals(x, si, i, e) || s.in(i, tlGivenNames) || isTitleHead(toks[i].Text) {
			continue // "group President Jean Mantelet": a title, not a name
		}
		if e < len(toks) && toks[e].Tag == "CD" {
			continue // "group Fathers 4 Justice": the name goes on past the capitals
		}
		if k := x.addMention(si, i, e, Organization, false); k >= 0 {
			x.mentions[k].sure = true
		}
		i = e
	}
}
