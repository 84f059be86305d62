package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// titledPlurals drops the one-word names read as people's that are the
// plural of a common noun (pluralNoun) after a capitalised word read as a
// title: the two words name a business or a brand, no titled person
// ("operations such as Designer Depots, Furr's Cafeterias", "Bishop
// Buffets"; blind seed122 jobTitle row 22). A plural noun is no surname;
// a name the article also gives a person in full ("Judge Tom Woods",
// then "Judge Woods") stays.
func (x *extractor) titledPlurals() {
	full := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ == Person && strings.Contains(m.name, " ") {
			f := strings.Fields(m.name)
			full[f[len(f)-1]] = true
		}
	}
	x.dropAfterTitleWord(func(m *mention) bool {
		return m.end-m.start == 1 && !full[m.name] && pluralNoun(m.name)
	})
}

// dropAfterTitleWord drops the mentions read as people's, not sure ones,
// that the test picks and that follow a capitalised word read as a title:
// the title word and the name are then one name of a thing, no titled
// person (titledPlurals, titledCommonNames).
func (x *extractor) dropAfterTitleWord(picked func(m *mention) bool) {
	var drop []bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.sure || m.demonym || m.nominal || m.start == 0 || !picked(m) {
			continue
		}
		prev := x.sents[m.sent].toks[m.start-1]
		if !capitalisedWord(prev) || !gazetteer.IsTitle(lower(prev.Text)) {
			continue
		}
		if drop == nil {
			drop = make([]bool, len(x.mentions))
		}
		drop[k] = true
	}
	if drop != nil {
		x.removeMentions(drop)
	}
}
