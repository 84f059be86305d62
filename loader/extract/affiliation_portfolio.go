package extract

// A title's portfolio read as a body: "Lawrence Garfinkel, ATT's
// Vice-President of Marketing Services" works in marketing services at ATT;
// "Marketing Services" is no body he belongs to (blind seed112). notABody
// asks titlePortfolio.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// portfolioNouns name a post's field of work (data/portfolioNouns.txt).
var portfolioNouns = wordSet("portfolioNouns")

// titlePortfolio reports whether body mention m of sentence s follows a
// title's head and "of" and its words are all portfolio nouns (and "and"):
// "Vice-President of Marketing Services", "head of Distribution and
// Exhibition". A body the gazetteer knows is left alone.
func titlePortfolio(s *sentence, m *mention) bool {
	if titleLedPortfolio(m) {
		return true
	}
	if m.start < 2 || s.lower(m.start-1) != "of" || !isTitleHead(s.toks[m.start-2].Text) || m.typ != Organization {
		return false
	}
	ws := strings.Fields(m.name)
	for _, w := range ws {
		if w != "and" && !lowerIn(portfolioNouns, w) {
			return false
		}
	}
	_, known := gazetteer.Org(m.name)
	return len(ws) > 0 && !known
}

// titleLedPortfolio reports whether body mention m is a whole title with
// its portfolio: title words, "for" or "of", and words ending in a portfolio
// noun ("BankAmerica's Vice President for Financial Communications", "Bond
// Corp's Executive Director for Finance and Administration"): a post, no
// body. A body the gazetteer knows is left alone.
func titleLedPortfolio(m *mention) bool {
	if m.typ != Organization {
		return false
	}
	ws := strings.Fields(m.name)
	k := 0
	head := false
	for k < len(ws) && (isTitleHead(ws[k]) || lowerIn(titleModifiers, ws[k])) {
		head = head || isTitleHead(ws[k])
		k++
	}
	if !head || k == 0 || k+1 >= len(ws) || (ws[k] != "for" && ws[k] != "of") || !lowerIn(portfolioNouns, ws[len(ws)-1]) {
		return false
	}
	_, known := orgLookup(m.name)
	return !known
}
