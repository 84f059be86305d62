package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// describedFirmStart returns where a recogniser's mention m of sentence si
// really opens when it glued a description to a firm's name: "[Dutch firm]
// Ispat", "[US firm] ISG", "[German carmaker] BMW". A nationality or a place,
// then a lower-case firm noun (orgNouns: firm, group, bank, carmaker ...),
// then capitals: the name is the capitals after the noun. The place before
// it (not a nationality) comes back as its own mention's end (at > m.Start),
// or at == m.Start when there is none to add.
func (x *extractor) describedFirmStart(si int, m ner.Mention) (start, at int) {
	if m.End-m.Start < 3 {
		return m.Start, m.Start
	}
	s := &x.sents[si]
	toks := s.toks
	k := m.Start + 1
	for k < m.End-1 && k-m.Start <= 3 && gazetteer.Capitalised(toks[k].Text) {
		k++
	}
	if k >= m.End-1 || !orgNouns[s.lower(k)] || gazetteer.Capitalised(toks[k].Text) || !gazetteer.Capitalised(toks[k+1].Text) {
		return m.Start, m.Start
	}
	owner := x.span(si, m.Start, k)
	if _, ok := demonym(owner); ok {
		return k + 1, m.Start
	}
	if _, ok := gazetteer.Country(owner); ok {
		return k + 1, k
	}
	if _, ok := gazetteer.Place(owner); ok && !strings.Contains(owner, "'") {
		return k + 1, k
	}
	if describingAdjective(owner) {
		return k + 1, m.Start
	}
	return m.Start, m.Start
}

// describedLead returns the token after a place's or a nationality's
// mention at token k of sentence si and the lower-case firm noun after it
// ("the [Wall Street firm] Shearson Lehman Brothers", "the [Dutch group]
// Ispat"), or k when none stands there.
func (x *extractor) describedLead(si, k int) int {
	s := &x.sents[si]
	if k >= len(s.toks) || s.owner[k] < 0 {
		return k
	}
	m := &x.mentions[s.owner[k]]
	if m.start != k || !isPlace(m.typ) || m.end+1 >= len(s.toks) || s.owner[m.end] >= 0 || !orgNouns[s.lower(m.end)] || gazetteer.Capitalised(s.toks[m.end].Text) {
		return k
	}
	return m.end + 1
}

// describingAdjective reports whether owner, the capitals before a lower-case
// firm noun, is one word the dictionary knows in lower case and no gazetteer
// knows as a name: an adjective that describes the body ("Catholic
// charity", "Independent bank"), not a firm whose unit follows.
func describingAdjective(owner string) bool {
	return !strings.Contains(owner, " ") && dictionaryWord(owner) && !gazetteerKnows(owner)
}
