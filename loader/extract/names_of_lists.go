package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// A body's name of the form "HEAD of/for X" may list its subjects with
// commas before the last "and": "American Academy of Allergy, Asthma and
// Immunology", "Ministry of Agriculture, Fisheries and Food". The
// recogniser stops at the first comma and reads the words of the list as
// names of their own ("Asthma" a place, "Immunology" a person). The list
// goes on with the body's name when each of its items is one to three
// capitalised common nouns (no given name, no place a gazetteer knows, no
// name read across an item's edge) and its last item, after "and" or "&",
// ends the capitals: not "the Ministry of Finance, Boeing and Lockheed"
// (names, not words of the dictionary), not "the Bank of England, London
// and Paris" (places).

// ofListTail returns the end of the comma list of subjects that goes on
// with body mention m ("of Allergy[, Asthma and Immunology]"), or m.end
// when none does (bodiesOfAnd, names_of_and.go).
func (x *extractor) ofListTail(m *mention) int {
	s := &x.sents[m.sent]
	toks := s.toks
	if m.end >= len(toks) || toks[m.end].Text != "," {
		return m.end
	}
	if _, place := gazetteer.Place(toks[m.end-1].Text); place {
		return m.end
	}
	j := m.end
	for items := 0; items < 4; items++ {
		sep := s.lower(j)
		if sep != "," && sep != "and" && sep != "&" {
			return m.end
		}
		e := x.listItemEnd(m.sent, j+1)
		if e == j+1 {
			return m.end
		}
		j = e
		if sep != "," {
			if j < len(toks) && gazetteer.Capitalised(toks[j].Text) {
				return m.end
			}
			return j
		}
		if j < len(toks) && toks[j].Text == "," && j+1 < len(toks) && s.lower(j+1) == "and" {
			j++ // the serial comma: "Allergy, Asthma, and Immunology"
		}
	}
	return m.end
}

// listItemEnd returns the end of the list item of one to three capitalised
// common nouns that starts at token i of sentence si, or i when none does.
func (x *extractor) listItemEnd(si, i int) int {
	s := &x.sents[si]
	toks := s.toks
	j := i
	for j < len(toks) && j < i+3 && gazetteer.Capitalised(toks[j].Text) && strings.HasPrefix(toks[j].Tag, "NN") && dictionaryWord(toks[j].Text) && !s.in(j, tlGivenNames) {
		if _, place := gazetteer.Place(toks[j].Text); place {
			return i
		}
		j++
	}
	if !x.mentionsWithin(si, i, j, func(om *mention) bool { return om.typ != Person || !om.sure }) {
		return i
	}
	return j
}
