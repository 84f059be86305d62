// A named gathering's topic after "on": "the World Summit on the
// Information Society" is one name, not "World Summit" (names_modern.go
// eventNameOf).

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// topicOn reports whether the capitalised event head at token head of
// sentence si is followed by "on" and a capitalised name that is no date
// nor a person's: "Summit on the Information Society", "Conference on
// Disarmament", not "Summit on Tuesday".
func (x *extractor) topicOn(si, head int) bool {
	s := &x.sents[si]
	toks := s.toks
	k := head + 2
	if head+1 >= len(toks) || s.lower(head+1) != "on" || k >= len(toks) {
		return false
	}
	if s.lower(k) == "the" && k+1 < len(toks) {
		k++
	}
	if !gazetteer.Capitalised(toks[k].Text) || !strings.HasPrefix(toks[k].Tag, "NNP") {
		return false
	}
	for _, d := range s.dates {
		if d.Start <= k && k < d.End {
			return false
		}
	}
	m := x.mentionAt(si, k)
	return m == nil || m.typ != Person
}
