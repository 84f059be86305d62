package extract

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// tradePlurals are plural nouns of trades that firms ply ("bankers",
// "brokers", "accountants").
var tradePlurals = wordSet("tradePlurals")

// tradeFirm reports whether a trade's noun in the plural stands right before
// mention m and m stands alone, no list going on after it: "bankers JP
// Morgan and public relations firm Brunswick", "brokers Cazenove said". A
// plural before one name makes a firm of it; a person is "banker John
// Smith", and people come in lists ("lawyers Ann Lee and Tom Hart").
func (x *extractor) tradeFirm(m *mention) bool {
	s := &x.sents[m.sent]
	if m.start == 0 {
		return false
	}
	t := s.toks[m.start-1]
	if t.Tag != "NNS" || gazetteer.Capitalised(t.Text) || !tradePlurals[s.lower(m.start-1)] {
		return false
	}
	if m.end < len(s.toks) && (isConj(s.lower(m.end)) || s.toks[m.end].Text == ",") {
		// "lawyers Ann Lee and Tom Hart", "brokers Smith, Jones": a list,
		// unless a lower-case word goes on after "and"
		return m.end+1 < len(s.toks) && isConj(s.lower(m.end)) && !gazetteer.Capitalised(s.toks[m.end+1].Text)
	}
	return true
}
