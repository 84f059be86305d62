// A country's common noun read as a body's name: "the U.S. Group also
// urged Japan" (the visiting lawmakers), "the U.S. Group's sales" (a firm
// named before). Wire copy capitalises the word after "U.S.", and the
// recogniser takes "U.S. Group" for an organisation; it is a description
// of a party the article names otherwise, no party to met itself.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// describingHeads are the common nouns a country describes: "the U.S.
// group", "the Japanese team", "the British side".
var describingHeads = map[string]bool{"group": true, "firm": true, "company": true, "concern": true,
	"team": true, "side": true, "delegation": true, "mission": true, "unit": true}

// describedBody reports whether organisation e is a country and a common
// noun ("U.S. Group") named only after "the": a description.
func (x *extractor) describedBody(e int) bool {
	f := strings.Fields(x.ents[e].name)
	if len(f) != 2 || !lowerIn(describingHeads, f[1]) {
		return false
	}
	if _, ok := demonym(f[0]); !ok {
		if _, ok := gazetteer.Country(f[0]); !ok {
			return false
		}
	}
	n := 0
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.ent != e {
			continue
		}
		if m.start == 0 || x.sents[m.sent].lower(m.start-1) != "the" {
			return false
		}
		n++
	}
	return n > 0
}
