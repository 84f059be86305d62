// A name read as a person's that ends with a firm's legal form ("Oesterreichische
// Laenderbank AG", "Federal Home Loan Mortgage Corporation", "Acme Holdings")
// is a firm's: no person's name ends with "AG", "Corp" or "Limited". The
// form must be written capitalised, as a name's word, and a name a rule
// was sure of keeps its type.

package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// legalTailFirms types as organisations the person-read names of two words
// or more whose last word, or the word right after them, is a legal form
// (legalForms: "AG", "Corp", "Corporation", "Ltd", "SA", "GmbH" ...): the
// normalised name drops the form ("Oesterreichische Laenderbank").
func (x *extractor) legalTailFirms() {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.sure || !plainName(m) || m.end-m.start < 2 {
			continue
		}
		s := &x.sents[m.sent]
		if legalFormToken(s, m.end-1) || m.end < len(s.toks) && s.owner[m.end] < 0 && legalFormToken(s, m.end) {
			m.typ = Organization
		}
	}
}

// legalFormToken reports whether token i of s is a capitalised legal form.
func legalFormToken(s *sentence, i int) bool {
	w := s.toks[i].Text
	return gazetteer.Capitalised(w) && legalForms[legalWord(w)]
}
