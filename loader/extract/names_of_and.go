// A body's name of the form "HEAD of/for X" goes on over an adjective and
// over "and" to more of its subject: "Council of Economic Advisers",
// "Center for Food and Allergy Research", "Ministry of Trade and
// Industry". The recogniser stops at the adjective ("Council of Economic")
// or reads the words after "and" as a second name ("Center for Food" and a
// person "Allergy Research").

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// bodiesOfAnd makes one body's name of a "HEAD of/for X" body and the
// capitalised words that go on with it: after its last word when that is
// an adjective ("Economic Advisers"), or after "and" when they are common
// words that end no name of their own ("and Allergy Research"; not "Bank
// of Japan and Finance Ministry", not after a place).
func (x *extractor) bodiesOfAnd() {
	var spans []tokenSpan
	var drop []bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.end-m.start < 3 || m.bend != 0 || !ofOrFor(x, m) {
			continue
		}
		s := &x.sents[m.sent]
		j := x.ofAndTail(m)
		if j <= m.end {
			j = x.ofListTail(m) // names_of_lists.go
		}
		if j <= m.end {
			continue
		}
		for n := m.end; n < j; n++ {
			if o := s.owner[n]; o >= 0 {
				if drop == nil {
					drop = make([]bool, len(x.mentions))
				}
				drop[o] = true
			}
		}
		if drop == nil {
			drop = make([]bool, len(x.mentions))
		}
		drop[k] = true
		spans = append(spans, tokenSpan{m.sent, m.start, j})
	}
	if drop == nil {
		return
	}
	x.replaceMentions(drop, spans, Organization)
}

// ofOrFor reports whether a mention's name joins its head to its subject
// with "of" or "for" after its first word.
func ofOrFor(x *extractor, m *mention) bool {
	s := &x.sents[m.sent]
	for n := m.start + 1; n < m.end-1; n++ {
		if w := s.lower(n); w == "of" || w == "for" {
			return true
		}
	}
	return false
}

// ofAndTail returns the end of the capitalised words that go on with body
// mention m, or m.end when none do.
func (x *extractor) ofAndTail(m *mention) int {
	s := &x.sents[m.sent]
	toks := s.toks
	from := m.end
	last := toks[m.end-1]
	switch {
	case adjectiveEnding(last.Text):
	case from+1 < len(toks) && s.lower(from) == "and":
		if _, place := gazetteer.Place(last.Text); place {
			return m.end
		}
		from++
	default:
		return m.end
	}
	j := from
	for j < len(toks) && j < from+3 && gazetteer.Capitalised(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NN") && dictionaryWord(toks[j].Text) && !s.in(j, tlGivenNames) {
		if o := s.owner[j]; o >= 0 {
			if om := &x.mentions[o]; om.start < from || om.typ == Person && om.sure || isPlace(om.typ) {
				return m.end
			}
		}
		j++
	}
	if j == from || j < len(toks) && gazetteer.Capitalised(toks[j].Text) {
		return m.end
	}
	if o := s.owner[j-1]; o >= 0 && x.mentions[o].end > j {
		return m.end
	}
	if from > m.end && (gazetteer.IsOrgSuffix(toks[j-1].Text) || gazetteer.IsOrgHead(toks[j-1].Text)) {
		return m.end // "Bank of Japan and Finance Ministry": two bodies
	}
	if _, ok := gazetteer.Org(x.span(m.sent, from, j)); ok {
		return m.end
	}
	return j
}

// adjectiveEnding reports whether a word ends as English adjectives do,
// so that it ends no name: "Economic", "National", "Creative".
func adjectiveEnding(w string) bool {
	for _, suf := range []string{"ic", "al", "ive", "ary", "ous", "ian"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
