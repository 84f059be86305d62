package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// In a story about clubs, a club's name is known by its neighbours: its
// people after it ("the Madrid president", clubMembers), a fixture word
// before it ("against Millwall", "beat Chelsea", fixtureWords) or a move to
// it ("moving on to Chelsea" after a career word). A capital is a club only
// so shown ("come to London on Thursday" is the town), and a one-word name
// read as a person or a miscellaneous name is a club so shown when it is no
// surname of a person the article names in full nor a given name (a
// person's only by the club's people after it: "Chelsea fans").

var (
	clubMembers  = wordSet("clubMembers")
	fixtureWords = wordSet("fixtureWords")
)

// clubShown reports whether the words around mention m show a club: its
// people after it, a possessive and its people, or a fixture word before it
// (not for a name read as a person's: "beat Rusedski" in tennis).
func (x *extractor) clubShown(m *mention) bool {
	s := &x.sents[m.sent]
	toks := s.toks
	n := m.end
	if n < len(toks) && toks[n].Tag == "POS" {
		n++
	}
	if n < len(toks) && clubMembers[s.lower(n)] {
		return true
	}
	return m.typ != Person && m.start > 0 && fixtureWords[s.lower(m.start-1)]
}

// capitalTown reports whether m names a capital city ("London"): a club
// only where clubShown.
func capitalTown(m *mention) bool {
	c, ok := gazetteer.City(m.name)
	return ok && c.Capital
}

// clubByContext retypes as a club a one-word name read as a person or a
// miscellaneous name in a story about clubs, when clubShown and it is no
// one's surname or given name here.
func (x *extractor) clubByContext(p *people, m *mention) bool {
	if m.typ != Person && m.typ != Other || strings.Contains(m.name, " ") || m.sure || lowerIn(givenNames, m.name) {
		return false
	}
	if _, ok := p.surname(m.name); ok {
		return false
	}
	if m.start > 0 && isHonorific(x.sents[m.sent].lower(m.start-1)) {
		return false
	}
	return x.clubShown(m)
}
