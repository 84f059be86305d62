package extract

import (
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// firmTradeOpeners are the nouns of a firm's trade a sentence opens with
// before the firm's name (data/firmTradeOpeners.txt).
var firmTradeOpeners = wordSet("firmTradeOpeners")

// tradeOpener reports whether token start of sentence si, the first word
// of the recogniser's span [start, end), is the noun of a firm's trade
// that opens the sentence before the firm's name ("Underwriter Moseley
// Holding Corp said"): no part of the name. A person's span keeps it (a
// title: "Publisher Rupert Murdoch", left to the title rules).
func (x *extractor) tradeOpener(si, start, end int, m ner.Mention) bool {
	s := &x.sents[si]
	if m.Label == ner.Person || end-start < 2 || start > 0 {
		return false
	}
	return firmTradeOpeners[s.lower(start)] && gazetteer.Capitalised(s.toks[start+1].Text)
}
