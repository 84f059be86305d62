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
	if m.start < 2 || s.lower(m.start-1) != "of" || !isTitleHead(s.toks[m.start-2].Text) || m.typ != Organization {
		return false
	}
	ws := strings.Fields(m.name)
	for _, w := range ws {
		if w != "and" && !portfolioNouns[lower(w)] {
			return false
		}
	}
	_, known := gazetteer.Org(m.name)
	return len(ws) > 0 && !known
}
