package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// A legislator is written with the state they serve after "of": "Republican
// leader Robert Dole of Kansas", "Synar, Democrat of Oklahoma", "the
// caucus's two leaders, A of Washington and B of Wisconsin". The state is
// the seat, not the person's home, even where no seat title (seatHolders)
// is read for the person.

// legislatureWords are the words, as written, that put a sentence in a
// legislature's business: its chambers, members, caucuses and parties.
var legislatureWords = wordSet("legislatureWords")

// legislatorsState reports whether the place mention tm, right after the
// person mention hm and "of" (after a comma or a party's member word
// too: ", of Louisiana", "Democrat of Oklahoma"), names a US state the
// person serves: the sentence, or the one before it, speaks of a
// legislature (legislatureWords).
func (x *extractor) legislatorsState(si int, hm, tm *mention) bool {
	s := &x.sents[si]
	if hm.end >= tm.start || tm.start-hm.end > 3 || s.lower(tm.start-1) != "of" {
		return false
	}
	for i := hm.end; i < tm.start-1; i++ {
		if w := s.lower(i); w != "," && !partyMemberWords[w] { // names_party_places.go
			return false
		}
	}
	if _, ok := gazetteer.USStateNamed(x.ents[tm.ent].name); !ok {
		return false
	}
	return speaksOfLegislature(s) || si > 0 && speaksOfLegislature(&x.sents[si-1])
}

// speaksOfLegislature reports whether a sentence holds a word of
// legislatureWords.
func speaksOfLegislature(s *sentence) bool {
	for _, t := range s.toks {
		if legislatureWords[t.Text] {
			return true
		}
	}
	return false
}
