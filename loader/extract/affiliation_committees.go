package extract

// A body of its own (an acronym or a body the gazetteer knows) named before
// a committee written in lower case ("ODPM committee chairman Andrew
// Bennett"): the person sits on the committee that scrutinises the body,
// he does not work for the body (affiliation-seed131 row 11). A
// committee's own name before the word ("House Banking committee
// chairman", "International Economic Policy subcommittee") is left alone:
// it names the committee without its lower-case head, as "Harbour Workers
// union" names a union (judged right, doubtful). A chamber's or a party's committee is the
// chamber's or the party's own ("House committee chairman Lee Hamilton",
// "Democratic committee chairman William Gray"): those are kept.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// committeeWords are the lower-case nouns after a body's name that name a
// committee about it.
var committeeWords = map[string]bool{"committee": true, "subcommittee": true, "sub-committee": true}

// committeeChambers are the chambers whose committees are their own.
var committeeChambers = map[string]bool{"house": true, "senate": true, "commons": true, "lords": true, "congress": true, "parliament": true, "assembly": true}

// committeeOfBody reports whether body mention m of sentence s, a body of
// its own but neither a chamber nor a party, is followed by a lower-case
// committee word, after "select" at most.
func committeeOfBody(s *sentence, m *mention) bool {
	ws := strings.Fields(m.name)
	if len(ws) == 0 || lowerIn(committeeChambers, ws[0]) || partyWord(m.name) {
		return false
	}
	if _, ok := gazetteer.Org(m.name); !ok && !isAcronym(m.name) {
		return false
	}
	k := m.end
	if k < len(s.toks) && s.toks[k].Text == "select" {
		k++
	}
	return k < len(s.toks) && committeeWords[s.toks[k].Text]
}
