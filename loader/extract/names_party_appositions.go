package extract

// A party word opening the title of an apposition after a person's name:
// "Mark Oaten, Liberal Democrat home affairs spokesman, said", "John
// Smith, a Republican senator, said". As before a name
// (names_party_titles.go), the word is made a mention of the party, which
// the apposition reads as the title's leading affiliation
// (roles_apposition.go). A portfolio after the word ("a Labour minister")
// is the ministry's, and a party of another country than the story's
// (partyAbroad) is a namesake.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// partyApposition returns the number of tokens (1 or 2) of a party word at
// token i of sentence si that opens, after a person's name, a comma and an
// optional article, a title of up to four words ended by a title's head
// and closed by punctuation (closes); or 0.
func (x *extractor) partyApposition(si, i int) int {
	s := &x.sents[si]
	if s.owner[i] >= 0 || !gazetteer.Capitalised(s.toks[i].Text) || !x.personBeforeComma(si, i) {
		return 0
	}
	for n := 2; n >= 1; n-- {
		if i+n >= len(s.toks) || n == 2 && (s.owner[i+1] >= 0 || !gazetteer.Capitalised(s.toks[i+1].Text)) {
			continue
		}
		o, ok := x.partyOfSpan(si, i, i+n)
		if !ok || portfolioWord(s.lower(i+n)) || !x.closedTitleAt(si, i+n) {
			continue
		}
		if o.Country != "" && x.partyAbroad(o.Country) {
			return 0
		}
		return n
	}
	return 0
}

// personBeforeComma reports whether token i of sentence si follows a
// person's name, a comma and at most an article: "Oaten, Liberal",
// "Smith, a Republican".
func (x *extractor) personBeforeComma(si, i int) bool {
	s := &x.sents[si]
	k := i - 1
	if k >= 0 {
		if w := s.lower(k); w == "a" || w == "an" || w == "the" {
			k--
		}
	}
	if k < 1 || s.toks[k].Text != "," {
		return false
	}
	m := x.mentionAt(si, k-1)
	return m != nil && m.end == k && m.typ == Person
}

// closedTitleAt reports whether up to four title words no mention owns,
// the last a title's head, stand from token k and are closed by
// punctuation, "and" or "who" (closes): "home affairs spokesman,".
func (x *extractor) closedTitleAt(si, k int) bool {
	s := &x.sents[si]
	for e := k; e < len(s.toks) && e < k+4; e++ {
		t := s.toks[e]
		if s.owner[e] >= 0 || !gazetteer.Capitalised(t.Text) && t.Tag != "NN" && t.Tag != "JJ" && t.Tag != "NNS" && !isTitleHead(t.Text) {
			return false
		}
		if isTitleHead(strings.TrimSuffix(t.Text, ".")) && (e+1 == len(s.toks) || closes(s.toks[e+1])) {
			return true
		}
	}
	return false
}
