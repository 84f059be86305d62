package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// finalLegalForms close a firm's name: nothing but a place follows them
// after "of".
var finalLegalForms = wordSet("finalLegalForms")

// firmOfPlace cuts "News Corp Ltd of Australia" after the firm's final
// legal form when "of" and capitalised words with no body's or firm's word
// follow it, adds those words as a place, and returns the firm's new end.
func (x *extractor) firmOfPlace(si, start, end int) int {
	toks := x.sents[si].toks
	for k := start + 1; k+2 < end; k++ {
		if !finalLegalForms[strings.TrimSuffix(lower(toks[k].Text), ".")] || !lowerIs(toks[k+1].Text, "of") {
			continue
		}
		for _, t := range toks[k+2 : end] {
			if !gazetteer.Capitalised(t.Text) || legalSuffix[strings.TrimSuffix(lower(t.Text), ".")] || legalForms[strings.TrimSuffix(lower(t.Text), ".")] || gazetteer.IsOrgSuffix(t.Text) {
				return end
			}
		}
		typ := Place
		if p, ok := gazetteer.Place(x.span(si, k+2, end)); ok {
			typ = typeOf(ner.Place, p.Class)
		}
		x.addMention(si, k+2, end, typ, false)
		return k + 1
	}
	return end
}

// pluralOpener returns where a firm's legal name starts when a plural
// common noun and "of" open the sentence before it ("Shares of Anglo
// American Corp rose", "Shareholders of PHLCORP Inc approved"): start + 2,
// or start. Names of bodies that open with a plural ("Friends of the
// Earth") end in no legal form.
func (x *extractor) pluralOpener(si, start, end int) int {
	s := &x.sents[si]
	if end-start < 3 || !openingWord(s, start) || s.lower(start+1) != "of" || !gazetteer.Capitalised(s.toks[start+2].Text) {
		return start
	}
	if last := strings.TrimSuffix(s.lower(end-1), "."); !legalSuffix[last] && !legalForms[last] {
		return start
	}
	if sing, ok := pluralOf(s.lower(start)); !ok || !dictionaryWord(sing) || !dictionaryWord(s.toks[start].Text) {
		return start
	}
	return start + 2
}
