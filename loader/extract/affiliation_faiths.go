package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/lexicon"
)

// A faith's community is no body one works for or belongs to as its
// official: "the Maronite Christian leader", "vice-president of the
// Catholics' national body", "founder of Jewish human rights group X"
// (seed216 affiliation row 1). A body named after a faith goes on after the
// faith's word ("Christian Democratic Union", "Muslim Council of Britain",
// "Jewish Chronicle"): only a name that ends in the faith's word is refused.
// notABody asks faithCommunity.

// faithWords are faiths and their followers' names and adjectives (package
// lexicon's faiths).
var faithWords = lexicon.Keys("faiths")

// faithCommunity reports whether body mention m is named by words ending in
// a faith's word.
func faithCommunity(m *mention) bool {
	ws := strings.Fields(m.name)
	return len(ws) > 0 && faithWords[ws[len(ws)-1]]
}
