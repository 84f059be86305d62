// Names read as people's that open as firms' names do: news names a person
// again by the surname, a firm by its first word ("Kidder Peabody" ...
// "Kidder said"), and firmOpeners (learned that way from unlabelled news by
// ./firmopeners) holds the words that open firms' names far more often
// than people's. A name the recogniser read as a person's that opens with
// one, and that nothing in the article shows is a person's, is a firm's.

package extract

import "strings"

// firmOpeners are the words that open firms' names rather than people's
// in news (data/firmOpeners.txt), lower-cased.
var firmOpeners = wordSet("firmOpeners")

// firmsByOpener retypes as organisations the names read as people's that
// open with a firm's first word ("Drexel Burnham", "Merrill Lynch",
// "Toshiba") when nothing in the article treats them as people's: no
// title, honorific, "he" or "she", apposition or age (personEvidence) on
// the name or its last word alone, and the last word of a longer name
// never used alone, as people's surnames are.
func (x *extractor) firmsByOpener() {
	var people, alone map[string]bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym || m.nominal || !firmOpeners[lower(firstField(m.name))] {
			continue
		}
		if people == nil {
			people, alone = x.personEvidence(), x.oneWordPeople()
		}
		f := strings.Fields(m.name)
		last := f[len(f)-1]
		if people[m.name] || people[last] || len(f) > 1 && alone[last] {
			continue
		}
		m.typ = Organization
	}
}

// oneWordPeople returns the names of one word read as people's.
func (x *extractor) oneWordPeople() map[string]bool {
	out := map[string]bool{}
	for k := range x.mentions {
		if m := &x.mentions[k]; m.typ == Person && !m.demonym && !m.nominal && !strings.Contains(m.name, " ") {
			out[m.name] = true
		}
	}
	return out
}
