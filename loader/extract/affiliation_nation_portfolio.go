package extract

import "strings"

// A nation of a union before "Secretary" or "Minister" is the post's
// portfolio: "Wales Secretary Tom Bryce", "the Northern Ireland minister"
// serve the union's government, not the nation's (seed216 affiliation row
// 48). "Wales First Minister" is the nation's own government's head and
// stays a body. notABody asks nationPortfolio.

// portfolioNations are the nations a union's cabinet has a post for
// (data/portfolioNations.txt).
var portfolioNations = wordSet("portfolioNations")

// portfolioPosts are the title heads a portfolio nation opens.
var portfolioPosts = map[string]bool{"secretary": true, "minister": true}

// nationPortfolio reports whether body mention m of sentence s is a
// portfolio nation right before "Secretary" or "Minister".
func nationPortfolio(s *sentence, m *mention) bool {
	if m.end >= len(s.toks) || !portfolioPosts[s.lower(m.end)] {
		return false
	}
	return portfolioNations[strings.Join(strings.Fields(m.name), " ")]
}
