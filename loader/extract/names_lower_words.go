// One-word names the page itself writes as common words. Pages that are not
// news (jokes, game wikis, shops) capitalise common words inside sentences
// ("Mr. Red and Ms. Red live in the red house"), and the recogniser reads
// them as names. A word news seldom capitalises inside a sentence, that the
// dictionary holds in lower case and that the page also writes in lower case
// is no name alone, unless read as a body's. Read by news's word statistics, the dictionary and the
// page's own spelling, never by the word itself.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/ner"
)

// dropLowerWords removes the one-word names news seldom capitalises inside a
// sentence (ner.RareCapital), that are words of the dictionary in lower case
// and that the article also writes in lower case, unless read as a body's
// ("Labor", "Times": a party's or a paper's short name), typed by their
// context, known to a gazetteer or a word of a longer name in the article.
func (x *extractor) dropLowerWords() {
	var longer map[string]bool // words of the names of two words or more
	cand := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.end-m.start != 1 || m.sure || m.demonym || m.nominal || m.bstart != 0 || m.bend != 0 {
			continue
		}
		if _, seen := cand[m.name]; seen {
			if m.typ == Organization {
				cand[m.name] = false
			}
			continue
		}
		ok := m.typ != Organization && letters(m.name) && ner.RareCapital(m.name) && dictionaryWord(m.name) && !gazetteerKnows(m.name) && writtenLower(x.text, m.name)
		if ok && longer == nil {
			longer = map[string]bool{}
			for j := range x.mentions {
				if f := strings.Fields(x.mentions[j].name); len(f) > 1 {
					for _, w := range f {
						longer[w] = true
					}
				}
			}
		}
		cand[m.name] = ok && !longer[m.name]
	}
	x.dropMentionsIf(func(m *mention) bool {
		return m.end-m.start == 1 && cand[m.name] && !m.sure && !m.demonym && !m.nominal && m.bstart == 0 && m.bend == 0
	})
}
