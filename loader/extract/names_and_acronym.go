// Two bodies joined at "and" where the first is written in capitals:
// "the deal signed by ABCX and Lakeside Refining", "talks between the RMT
// and Network Rail". A firm named after its founders joins surnames ("Dun
// and Bradstreet"), not a word of initials and a word written in lower
// case, so a name that opens with a word of three capitals or more, "and"
// and a capitalised word in mixed case names two bodies.

package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// splitAcronymAnd splits an organisation's name "ABC and Xyz ..." into two
// organisations when its first half is one word of three capitals or more
// and its second half opens with a word in mixed case. A name that ends
// in a legal form stays whole ("CSBP and Farmers Ltd", "HBO and Co"), as
// does one of initials ("S and P", "AT and T"), one the gazetteer knows,
// one written inside a longer name and one in a heading of capitals
// ("PDVSA AND CHAMPLIN"), whose second word is no mixed-case word.
func (x *extractor) splitAcronymAnd() {
	var cuts []andCut
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization || m.demonym || m.nominal || m.end-m.start < 3 {
			continue
		}
		and := x.onlyAnd(m)
		if and != m.start+1 {
			continue
		}
		toks := x.sents[m.sent].toks
		if !capitalsOnlyWord(toks[m.start].Text) || !mixedCase(toks[and+1].Text) {
			continue
		}
		right := x.span(m.sent, and+1, m.end)
		if legalFormEnd(m.name) || legalStart(right) {
			continue // "CSBP and Farmers Ltd", "HBO and Co"
		}
		if x.knownWhole(m.name) {
			continue
		}
		cuts = append(cuts, andCut{k, and})
	}
	x.splitAtAnd(cuts)
}

// capitalsOnlyWord reports whether w is a word of three capital letters or
// more and nothing else ("ABCX", not "AT", "U.S." or "3M").
func capitalsOnlyWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// mixedCase reports whether w opens with a capital and has a lower-case
// letter after it ("Lakeside", "McKay"; not "LAKESIDE").
func mixedCase(w string) bool {
	return gazetteer.Capitalised(w) && strings.ContainsFunc(w[1:], unicode.IsLower)
}

// legalFormEnd reports whether name ends in a legal form ("Ltd", "Co",
// "Inc."); a firm's last word such as "Group" or "Post" is none.
func legalFormEnd(name string) bool {
	f := strings.Fields(name)
	last := strings.TrimSuffix(f[len(f)-1], ".")
	return lowerIn(legalForms, last) || lowerIn(legalSuffix, last)
}
