package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// shadowPortfolio reports whether body mention m is the portfolio of an
// opposition's shadow post, no body its holder works for: "Shadow Treasury
// chief secretary George Osborne" (the mention "Shadow Treasury"; seed130),
// "Shadow Europe minister Mr Brady". A body named so in full ("the Shadow
// Open Market Committee", its last word a body's) stands. A party's post
// named with the party's noun is one too: "Vince Cable, the party's Treasury
// spokesman" (as "the Conservative spokesman for the Cabinet Office",
// affiliation_party_spokesmen.go).
func shadowPortfolio(s *sentence, m *mention) bool {
	ws := strings.Fields(m.name)
	if len(ws) == 0 || gazetteer.IsOrgSuffix(ws[len(ws)-1]) {
		return false
	}
	if len(ws) > 1 && strings.EqualFold(ws[0], "shadow") {
		return true
	}
	if m.end >= len(s.toks) || !isTitleHead(s.toks[m.end].Text) && !titleModifiers[s.lower(m.end)] {
		return false
	}
	if m.start > 0 && s.lower(m.start-1) == "shadow" {
		return true
	}
	// "Vince Cable, the party's Treasury spokesman": a party's post
	return m.start > 1 && possessiveToken(s.toks[m.start-1]) && s.toks[m.start-2].Text == "party" // not "The Scottish National Party's Holyrood leader"
}
