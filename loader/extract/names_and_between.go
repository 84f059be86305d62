package extract

// Two names after "between": "a production sharing contract between
// Pertamina and Japex North Sumatra Ltd", "the merger between USAir and
// Piedmont Aviation Inc", "a joint venture between MCA and Cineplex Odeon
// Corp". "Between" asks for two parties; when the recogniser read one name
// over both and no other "and" follows in the sentence, the name's one "and"
// is where the two meet, even when the second ends in a legal form (which
// keeps "Carolina Power and Light Co" whole in splitNamedApart).

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// splitBetween splits a name after "between" (or "between the") at its one
// "and" when no "and" or "&" follows it in the sentence. A name a gazetteer
// knows stays whole ("American Telephone and Telegraph Co"), and so does one
// whose half is one dictionary word ("Oil and Natural Gas Corporation", "the
// Department of Trade and Industry"), one whose second half opens with a
// legal form ("Dow Jones and Co") and one whose halves open with the same
// word ("Blue Cross and Blue Shield").
func (x *extractor) splitBetween() {
	var cuts []andCut
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.end-m.start < 3 || m.demonym || m.nominal || m.bend != 0 || m.typ == Person || m.typ == Event {
			continue
		}
		if !x.afterBetween(m) || x.andFollows(m) {
			continue
		}
		and := x.onlyAnd(m)
		if and < 0 {
			continue
		}
		left, right := x.span(m.sent, m.start, and), x.span(m.sent, and+1, m.end)
		if left == right || len(left) < 2 || len(right) < 2 || oneDictionaryWord(left) || oneDictionaryWord(right) || legalStart(right) {
			continue
		}
		if strings.Fields(left)[0] == strings.Fields(right)[0] {
			continue
		}
		if _, ok := orgLookup(m.name); ok {
			continue
		}
		if _, ok := gazetteer.Place(m.name); ok {
			continue
		}
		cuts = append(cuts, andCut{k, and})
	}
	x.splitAtAnd(cuts)
}

// afterBetween reports whether mention m follows "between" or "between the".
func (x *extractor) afterBetween(m *mention) bool {
	s := &x.sents[m.sent]
	i := m.start - 1
	if i >= 0 && s.lower(i) == "the" {
		i--
	}
	return i >= 0 && s.lower(i) == "between"
}

// andFollows reports whether "and" or "&" comes after mention m in its
// sentence: the second party may be named there ("between Procter and Gamble
// Co and Unilever").
func (x *extractor) andFollows(m *mention) bool {
	s := &x.sents[m.sent]
	for j := m.end; j < len(s.toks); j++ {
		if w := s.lower(j); w == "and" || w == "&" {
			return true
		}
	}
	return false
}

// oneDictionaryWord reports whether name is one word of the dictionary
// ("Oil", "Industry").
func oneDictionaryWord(name string) bool {
	return !strings.Contains(name, " ") && dictionaryWord(name)
}
