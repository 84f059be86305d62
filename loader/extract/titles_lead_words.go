package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// Lower-case posts and trades written before a name in modern copy: "hosted
// trade commissioner Marc Dube", "Guests included banker Tanya McCartney and
// businessman Franklyn Wilson". The words before the name are no name, and
// the person after them is the one the phrase names.

// leadTitleWord reports whether token k of sentence s, a lower-case word no
// mention holds, is part of a post or trade written right before a person's
// name: an agent noun ("banker", "pastor"), a compound's "-man" or "-woman"
// ("businessman"), or a noun or adjective before such a word or a title's
// head ("trade commissioner", "senior banker"). The name must follow within
// three tokens.
func (x *extractor) leadTitleWord(s *sentence, k int) bool {
	toks := s.toks
	if k >= len(toks) || s.owner[k] >= 0 || !titleLeadTag(toks[k].Tag) || toks[k].Text == "" || toks[k].Text[0] < 'a' || toks[k].Text[0] > 'z' {
		return false
	}
	for n := k; n < len(toks) && n <= k+3; n++ {
		if s.owner[n] >= 0 {
			m := &x.mentions[s.owner[n]]
			return n > k && m.start == n && m.typ == Person && !m.nominal && tradeWord(toks[n-1])
		}
		if !titleLeadTag(toks[n].Tag) || gazetteer.Capitalised(toks[n].Text) {
			return false
		}
	}
	return false
}

// titleLeadTag reports whether a tag is a common noun's or an adjective's.
func titleLeadTag(tag string) bool {
	return tag == "NN" || tag == "JJ"
}

// tradeWord reports whether a lower-case token names a post or a trade: a
// title's head, an agent noun by its shape, or a compound of "-man",
// "-woman" ("businessman", "congresswoman").
func tradeWord(t nlpToken) bool {
	w := lower(t.Text)
	if notOccupations[w] {
		return false
	}
	return isTitleHead(t.Text) || occupation(t) || t.Tag == "NN" && len(w) > 5 && (strings.HasSuffix(w, "man") || strings.HasSuffix(w, "woman"))
}
