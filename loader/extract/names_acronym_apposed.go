// A body's name with its acronym in apposition. "the Caribbean Community,
// CARICOM, ...": the acronym after a comma, made of the name's words'
// opening letters, is the body's, and the name is a body's too, though the
// recogniser read it as a place's or a person's. The acronym's letters are
// the evidence, read from the page: each word of the name gives the
// acronym its opening letters, in order ("CARI" + "COM", "J" + "M" + "E").

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// apposedAcronymBodies types as an organisation a name of two words or
// more read as a place's or a person's, no gazetteer's place, right before
// a comma and a body's acronym that spells the name's words (see the file's
// comment).
func (x *extractor) apposedAcronymBodies() {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Place && m.typ != Person || m.demonym || m.nominal || m.sure || !strings.Contains(m.name, " ") {
			continue
		}
		s := &x.sents[m.sent]
		if m.end+1 >= len(s.toks) || s.toks[m.end].Text != "," {
			continue
		}
		o := s.owner[m.end+1]
		if o < 0 || x.mentions[o].start != m.end+1 || x.mentions[o].end != m.end+2 || x.mentions[o].typ != Organization {
			continue
		}
		if _, known := gazetteer.Place(m.name); known {
			continue
		}
		if spelledAcronym(s.toks[m.end+1].Text, m.name) {
			m.typ = Organization
		}
	}
}

// spelledAcronym reports whether acr, three capitals or more, is made of
// the opening letters of every capitalised word of name, in order, each
// word giving one letter or more: "CARICOM" of "Caribbean Community",
// "NAFTA" of "North American Free Trade Agreement"; not "CAN" of "Canada
// Post".
func spelledAcronym(acr, name string) bool {
	if len(acr) < 3 || !isAcronym(acr) || strings.ContainsAny(acr, ".&") {
		return false
	}
	var words []string
	for w := range strings.FieldsSeq(name) {
		if gazetteer.Capitalised(w) {
			words = append(words, strings.ToUpper(w))
		}
	}
	if len(words) < 2 {
		return false
	}
	return spells(acr, words)
}

// spells reports whether acr is the concatenation of a non-empty prefix of
// each of words, in order.
func spells(acr string, words []string) bool {
	if len(words) == 0 {
		return acr == ""
	}
	w := words[0]
	for n := 1; n <= len(w) && n <= len(acr); n++ {
		if acr[n-1] != w[n-1] {
			break
		}
		if spells(acr[n:], words[1:]) {
			return true
		}
	}
	return false
}
