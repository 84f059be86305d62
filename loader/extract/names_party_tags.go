// A congressman's party-and-state tag after the name ("Tom Foley, D-Wash.",
// "John Dingell, D-Mich,", "Sen. Kent Conrad (D-ND)"): the recogniser reads
// the tag as an organisation's name, but it is the person's party and state,
// no body.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// dropPartyTags removes the mentions whose whole text is a US party-and-state
// tag (partyTag: "D-Mich", "R-Texas", "D-R.I") written after a comma or an
// opening bracket, where it tags the name before it.
func (x *extractor) dropPartyTags() {
	x.dropMentionsIf(func(m *mention) bool {
		if m.bend != 0 || m.start == 0 {
			return false
		}
		s := &x.sents[m.sent]
		before := s.toks[m.start-1].Text
		return (before == "," || before == "(") && partyTag(s.toks[m.start:m.end]) && tagLetters(s.toks[m.start:m.end])
	})
}

// tagLetters reports whether the text of tokens past a party tag's hyphen is
// letters and dots only ("Wash", "R.I"), not a number or a model ("R-2").
func tagLetters(ts []nlp.Token) bool {
	w := ""
	for _, t := range ts {
		w += t.Text
	}
	_, st, _ := strings.Cut(w, "-")
	for _, r := range st {
		if r != '.' && (r < 'A' || r > 'Z') && (r < 'a' || r > 'z') {
			return false
		}
	}
	return st != ""
}
