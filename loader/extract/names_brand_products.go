// Brands and products named without their maker's name in front. News
// writes a brand's name before "brand" ("Protex Contracept Plus brand latex
// condoms") and a product's after its maker's possessive ("Sony's Qrio
// robots", "Sudbury Systems Inc's RTAS digital dictation system"). The
// recogniser reads such a name as an organisation's (organisation nodes
// seed363 rows 5, 24 and 39); the maker is the body, the name none.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// dropBrandProducts removes the organisation mentions whose name, somewhere
// in the article, stands right before "brand" or, after another
// organisation's possessive, before a product's noun
// (data/productAfterNouns.txt) with at most two words in lower case between;
// wherever the article writes the name, unless it writes it before a verb
// or in the possessive ("Virgin said", "Virgin's") or the name is a firm's
// by its words or a gazetteer's.
func (x *extractor) dropBrandProducts() { x.dropProductNames(x.brandProduct) }

// brandProduct reports whether mention m of s names a brand or a product:
// "NAME brand", or "MAKER's NAME [two lower-case words] NOUN" with a
// product's noun ending the phrase; never a name with a body's last word
// or legal form, nor one a gazetteer knows, nor one opening with its
// maker's initials.
func (x *extractor) brandProduct(s *sentence, m *mention) bool {
	j := m.end
	if j >= len(s.toks) {
		return false
	}
	last := s.toks[j-1].Text
	lw := strings.TrimSuffix(lower(last), ".")
	if legalSuffix[lw] || legalForms[lw] || gazetteer.IsOrgSuffix(last) || gazetteer.IsOrgHead(last) || gazetteerKnows(m.name) {
		return false
	}
	if w := s.toks[j]; (w.Text == "brand" || w.Text == "brands") && strings.HasPrefix(w.Tag, "NN") {
		return true
	}
	if m.start < 2 || !possessiveToken(s.toks[m.start-1]) {
		return false
	}
	o := s.owner[m.start-2]
	if o < 0 || x.mentions[o].typ != Organization {
		return false // the maker: a body's possessive
	}
	if ini := initials(x.mentions[o].name); len(ini) >= 2 && strings.HasPrefix(strings.ToUpper(m.name), ini) {
		return false // the maker's own body: "National Association of Securities Dealers' NASDAQ system"
	}
	for k := j; k < len(s.toks) && k <= j+2; k++ {
		t := s.toks[k]
		if t.Text != lower(t.Text) || !(strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ")) {
			return false
		}
		if productAfterNouns[t.Text] && strings.HasPrefix(t.Tag, "NN") {
			return k+1 == len(s.toks) || !strings.HasPrefix(s.toks[k+1].Tag, "NN")
		}
	}
	return false
}
