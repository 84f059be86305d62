package extract

// A party's title in a story of its own country's politics that names
// another country most: "Tory leader Michael Howard said Lord Butler had
// given the most damaging testimony" in a story about the Iraq war, "Lib
// Dem leader Charles Kennedy" in one about the American election. The
// places a story names do not tell its politics when a word of that
// politics is written ("MP", "Westminster") or the story names two of the
// country's parties; then the party word is the party, not a namesake
// abroad ("Conservative leader Constantine Mitsotakis" of Greece, in a
// story naming Greece and no British politics). The title keeps the party
// word, as it does in a story of the party's own country ("Tory leader").

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// partyAbroad reports whether a party of country is named in a story of
// another country's politics: the story names another country most
// (foreignStory) and carries nothing of country's own politics
// (homePolitics).
func (x *extractor) partyAbroad(country string) bool {
	return x.foreignStory(country) && !x.homePolitics(country)
}

// homePolitics reports whether the article writes a word of country's
// politics (britishWords for the United Kingdom) or names, by their
// capitalised words (one or two), two of its parties ("Tory" and "Lib
// Dem"). Only the
// United Kingdom's politics has its words listed; another country's
// parties are told by their number alone.
func (x *extractor) homePolitics(country string) bool {
	parties := map[string]bool{}
	for si := range x.sents {
		s := &x.sents[si]
		for i, t := range s.toks {
			if country == "United Kingdom" && britishWords[t.Text] {
				return true
			}
			if !gazetteer.Capitalised(t.Text) {
				continue
			}
			if o, ok := s.partyAt(i); ok && o.Country == country {
				parties[o.Name] = true
			}
			if i+1 < len(s.toks) && gazetteer.Capitalised(s.toks[i+1].Text) {
				if o, ok := partyOf(x.span(si, i, i+2)); ok && o.Country == country {
					parties[o.Name] = true // "Liberal Democrat", "Lib Dem"
				}
			}
		}
	}
	return len(parties) >= 2
}
