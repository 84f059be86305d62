package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// splitTitledAnd splits a body's name that joins a titled person and the
// next person's body with "and": "Federal Reserve Board chairman [Paul
// Volcker and International Monetary Fund] managing director Michel
// Camdessus". The name opens right after a lower-case title, its first
// half is a given name and a surname, and its second half names a body
// (a known one or one with a body's word) and no legal form: the first
// half is a person, the second a body.
func (x *extractor) splitTitledAnd() {
	var cuts []andCut
	type at struct{ sent, start int }
	var people []at // where the halves that are people start
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.start == 0 || m.end-m.start < 4 || m.demonym || m.nominal || m.typ == Person || m.typ == Event {
			continue
		}
		s := &x.sents[m.sent]
		before := s.toks[m.start-1].Text
		if gazetteer.Capitalised(before) || !isTitleHead(before) {
			continue
		}
		and := x.onlyAnd(m)
		if and != m.start+2 || !givenName(s.toks[m.start].Text) {
			continue // "chairman [Paul Volcker] and ...": two words before "and"
		}
		right := x.span(m.sent, and+1, m.end)
		if firmTail(m.name) || legalStart(right) {
			continue // a firm's legal name: "Morgan Stanley and Co Inc", "Alex Brown and Sons"
		}
		if _, ok := orgLookup(right); !ok && !orgWord(s.toks[and+1:m.end]) {
			continue
		}
		cuts = append(cuts, andCut{k, and})
		people = append(people, at{m.sent, m.start})
	}
	if len(cuts) == 0 {
		return
	}
	x.splitAtAnd(cuts)
	for _, p := range people {
		for k := range x.mentions {
			if m := &x.mentions[k]; m.sent == p.sent && m.start == p.start && m.end == p.start+2 {
				m.typ = Person
				m.name = cleanName(m.text, Person)
			}
		}
	}
}

// firmTail reports whether a name ends in a firm's legal form ("Inc",
// "Co", "Ltd", "plc"), not merely a body's word ("Fund").
func firmTail(name string) bool {
	f := strings.Fields(name)
	last := lower(strings.TrimSuffix(f[len(f)-1], "."))
	return legalForms[last] || legalSuffix[last]
}
