// Two firms joined at "and" where the article names the second on its own:
// "offerings led by Wood Gundy Inc ... and S.G. Warburg Securities and Wood
// Gundy Inc internationally". splitNamedApart (names_and_apart.go) splits a
// name whose first half stands alone elsewhere and keeps one that ends in a
// legal form whole ("Carolina Power and Light Co"); here the second half is
// a firm's whole legal name of two words or more that the article writes
// alone as a name of its own, so the two halves are two bodies.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// splitRightNamedAlone splits an organisation's name "A and B Inc" when
// another mention of the article is named "B Inc" alone, not after "and",
// and both halves have two words or more. A first half that reads as a
// person's name, a given name first or an initial between two words, is a
// person's ("president Jerome S. Flum and Flum Partners, which he
// controls").
func (x *extractor) splitRightNamedAlone() {
	alone := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.demonym || m.nominal {
			continue
		}
		if s := &x.sents[m.sent]; m.start > 0 && (s.lower(m.start-1) == "and" || s.lower(m.start-1) == "&") {
			continue // "Smith Kline and French Laboratories" read as two names is no "French Laboratories" alone
		}
		alone[m.name] = true
	}
	var cuts []andCut
	people := map[int]bool{} // cuts whose first half is a person's name
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.demonym || m.nominal || m.end-m.start < 5 {
			continue
		}
		and := x.onlyAnd(m)
		if and < 0 {
			continue
		}
		left, right := x.span(m.sent, m.start, and), x.span(m.sent, and+1, m.end)
		if !alone[right] || len(strings.Fields(left)) < 2 || len(strings.Fields(right)) < 2 {
			continue
		}
		if !legalEnd(right) || legalStart(right) || legalOnlyName(right) {
			continue // "Dow Jones and Co Inc"
		}
		if _, ok := orgLookup(m.name); ok {
			continue
		}
		if _, ok := gazetteer.Place(m.name); ok {
			continue
		}
		f := strings.Fields(left)
		people[len(cuts)] = personShape(left) && (lowerIn(givenNames, f[0]) || middleInitial(f)) // "president Jerome S. Flum and Flum Partners"
		cuts = append(cuts, andCut{k, and})
	}
	if cuts == nil {
		return
	}
	var parts []typedSpan
	drop := make([]bool, len(x.mentions))
	for n, c := range cuts {
		m := x.mentions[c.k]
		drop[c.k] = true
		lt := m.typ
		if people[n] {
			lt = Person
		}
		parts = append(parts, typedSpan{tokenSpan{m.sent, m.start, c.and}, lt}, typedSpan{tokenSpan{m.sent, c.and + 1, m.end}, m.typ})
	}
	x.replaceTypedMentions(drop, parts)
}

// middleInitial reports whether a name of three words has an initial
// between the two others ("Lewis J. Horowitz").
func middleInitial(f []string) bool {
	m := f[len(f)/2]
	return len(f) == 3 && len(m) == 2 && m[1] == '.' && m[0] >= 'A' && m[0] <= 'Z'
}
