// Products named after their maker. News writes a product's name as its
// maker's name and the product's own words, then the noun that says what it
// is: "the Google Adsense program", "GE CFG-80C2 engines", "its IBM PC
// line", "the Chrysler Corp Ford Tempo cars". The recogniser reads such a
// name as an organisation (organization-seed340 row 28, seed351 row 37,
// seed330 row 25); the maker alone is the body.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// productAfterNouns are the nouns after a product's name
// (data/productAfterNouns.txt).
var productAfterNouns = wordSet("productAfterNouns")

// dropMakerProducts removes the organisation mentions whose name, somewhere
// in the article, opens with a maker's name and stands right before a
// product's noun, wherever the article writes the name; not a name the
// article writes before a verb or in the possessive ("Airbus Industrie
// aircraft" and "Airbus Industrie said").
func (x *extractor) dropMakerProducts() { x.dropProductNames(x.makerProduct) }

// dropProductNames removes the organisation mentions whose name, somewhere
// in the article, isProduct finds standing as a product's or a brand's,
// wherever the article writes the name; not a name the article writes
// before a verb or in the possessive.
func (x *extractor) dropProductNames(isProduct func(*sentence, *mention) bool) {
	var products map[string]bool
	acts := map[string]bool{}
	for si := range x.sents {
		s := &x.sents[si]
		if s.row || s.shouts() {
			continue
		}
		for _, k := range s.mentions {
			m := &x.mentions[k]
			if m.typ != Organization {
				continue
			}
			if m.end < len(s.toks) && (strings.HasPrefix(s.toks[m.end].Tag, "VB") || s.toks[m.end].Tag == "MD" || possessiveToken(s.toks[m.end])) {
				acts[m.name] = true // "Airbus Industrie said", "Airbus Industrie's": a body
			}
			if m.sure || !isProduct(s, m) {
				continue
			}
			if products == nil {
				products = map[string]bool{}
			}
			products[m.name] = true
		}
	}
	if products == nil {
		return
	}
	x.dropMentionsIf(func(m *mention) bool {
		return m.typ == Organization && !m.sure && products[m.name] && !acts[m.name]
	})
}

// makerProduct reports whether mention m of s is a product's name: two
// words or more, the first a body's name a gazetteer knows or the article
// gives a body alone, the last no
// body's word nor legal form, then a product's noun in lower case that ends
// its phrase; the whole
// name no body a gazetteer knows ("Rolls Royce engines").
func (x *extractor) makerProduct(s *sentence, m *mention) bool {
	j := m.end
	if m.end-m.start < 2 || j >= len(s.toks) {
		return false
	}
	next := s.toks[j]
	if !productAfterNouns[next.Text] || !strings.HasPrefix(next.Tag, "NN") {
		return false
	}
	if j+1 < len(s.toks) && strings.HasPrefix(s.toks[j+1].Tag, "NN") {
		return false // "the Airbus Industrie aircraft consortium": the noun is no head
	}
	last := s.toks[j-1].Text
	lw := strings.TrimSuffix(lower(last), ".")
	if legalSuffix[lw] || legalForms[lw] || gazetteer.IsOrgSuffix(last) || gazetteer.IsOrgHead(last) {
		return false
	}
	if gazetteerKnows(m.name) {
		return false
	}
	first := s.toks[m.start].Text
	if _, maker := orgLookup(first); maker {
		return true
	}
	for k := range x.mentions {
		if o := &x.mentions[k]; o.typ == Organization && o.name == first {
			return true // "Ford Canada said sales were boosted by its Ford Tempo car" after "Ford"
		}
	}
	return false
}
