package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// pluralNoun reports whether a word is the plural of a common noun ("Vests",
// "Hydrangeas", "Ideas"): it and its singular are dictionary words, and it
// is no surname of news ("Roberts", "Collins") nor a word news capitalises
// most of the time ("Woods", "Bowers").
func pluralNoun(w string) bool {
	lw := lower(w)
	if len(lw) < 4 || !strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ss") || surnames[lw] || !dictionaryWord(lw) || !ner.RareCapital(w) && !ner.Unseen(w) {
		return false
	}
	return dictionaryWord(lw[:len(lw)-1]) || strings.HasSuffix(lw, "es") && dictionaryWord(lw[:len(lw)-2])
}

// pluralNames retypes as bodies the names of two words or more read as
// people's that end in the plural of a common noun and open with no given
// name nor an initial, and no gazetteer or town list knows as a place, when
// nothing in the article shows they are people's: a movement,
// a brand, a party ("Yellow Vests", "Endless Summer Hydrangeas", "Nuevas
// Ideas"); people's names do not end in a plural noun. The one-word
// mentions of that noun read as the "surname" are dropped ("Hydrangeas
// produce a sap").
func (x *extractor) pluralNames() {
	var people map[string]bool
	plurals := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym || m.nominal || !strings.Contains(m.name, " ") {
			continue
		}
		f := strings.Fields(m.name)
		if lowerIn(givenNames, f[0]) || initialled(m.name) || len(strings.TrimSuffix(f[0], ".")) <= 2 || !pluralNoun(f[len(f)-1]) || towns().Has(m.name) {
			continue
		}
		if _, ok := gazetteer.Place(m.name); ok {
			continue
		}
		if people == nil {
			people = x.personEvidence()
		}
		if !people[m.name] && !people[f[len(f)-1]] {
			m.typ = Organization
			plurals[f[len(f)-1]] = true
		}
	}
	if len(plurals) == 0 {
		return
	}
	drop := make([]bool, len(x.mentions))
	for k := range x.mentions {
		m := &x.mentions[k]
		drop[k] = m.typ == Person && !m.sure && m.end-m.start == 1 && plurals[m.name]
	}
	x.removeMentions(drop)
}
