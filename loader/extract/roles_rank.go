package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// rankBeforeNation returns the rank word and the nation written before a
// title read backwards from titleStart of sentence si, the nation being the
// person's affiliation (r.affil): "Deputy U.S. Trade Representative Michael
// Smith" is a deputy, no Trade Representative, and his title is written
// whole. nil when there is none.
func (x *extractor) rankBeforeNation(si, titleStart int, r role) []string {
	s := &x.sents[si]
	if titleStart < 2 || r.affil < 0 || s.owner[titleStart-1] != r.affil {
		return nil
	}
	om := &x.mentions[r.affil]
	if om.typ != Country || om.end != titleStart || om.start < 1 {
		return nil
	}
	k := om.start - 1
	w := s.toks[k].Text
	if s.owner[k] >= 0 || !gazetteer.Capitalised(w) || !lowerIn(rankWords, w) {
		return nil
	}
	words := make([]string, 0, om.end-k)
	for _, t := range s.toks[k:om.end] {
		words = append(words, t.Text)
	}
	return words
}

// rankWords are the words of rank that open a title before the nation it
// serves: "Deputy", "Acting", "Assistant".
var rankWords = map[string]bool{"deputy": true, "acting": true, "assistant": true, "vice": true, "associate": true, "interim": true}

// lowerRank reports whether lw, a lower-case word, is a rank that stays in
// the title before a capitalised head: a "deputy PM", a "vice President" and
// a "shadow Chancellor" hold another post than the PM, the President and the
// Chancellor. "former" does not stay, nor "acting" and "interim": an acting
// Finance Minister holds the post for a time (roles_before.go).
func lowerRank(lw string) bool {
	return lowerRanks[lw]
}

// lowerRanks are the rank words lowerRank keeps.
var lowerRanks = map[string]bool{"deputy": true, "vice": true, "assistant": true, "associate": true, "shadow": true}
