package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

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

// sharedTrades are singular nouns of trades that firms and people both ply
// ("developer", "builder").
var sharedTrades = wordSet("sharedTrades")

// sharedTradeFirm reports whether a shared trade's noun stands right before
// mention m, a one-word name that is no given name and no word news uses as
// a surname, with no list going on after it: "Minecraft developer Mojang",
// "property developer Hammerson". "Property developer Donald Trump" and
// "developer Trump" stay people's.
func (x *extractor) sharedTradeFirm(m *mention) bool {
	s := &x.sents[m.sent]
	if m.start == 0 || m.end-m.start != 1 || !sharedTrades[s.lower(m.start-1)] || gazetteer.Capitalised(s.toks[m.start-1].Text) {
		return false
	}
	w := strings.ToLower(s.toks[m.start].Text)
	if givenNames[w] || surnames[w] {
		return false
	}
	return m.end >= len(s.toks) || !isConj(s.lower(m.end)) && s.toks[m.end].Text != ","
}
