package extract

// Bodies' names cut at their "and": the recogniser read "director of the
// Pew Internet and American Life Project" as "Pew Internet" and a second
// name, "Earl Johnson of Harris Trust and Savings Bank" as "Harris Trust",
// "vice chairman of Reading and Bates Drilling Co" as the town Reading,
// "general manager of Hong Kong and Shanghai Banking Corp's Madrid branch"
// as Hong Kong (affiliation-seed122 row 42, seed130). The words before the
// "and" are the head of one body's name, no body the person works for.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// andCutEnds end a body's name after its "and" besides legal forms and
// gazetteer's organisation suffixes: "the Pew Internet and American Life
// Project".
var andCutEnds = map[string]bool{"project": true, "programme": true, "program": true}

// cutAtAnd reports whether body mention m is the head of a longer body's
// name cut at its "and": "and" right after it, then one to five capitalised
// words up to a legal form or a body's last word, the name's end (no
// capitalised word after it; a legal form alone, "and Co", cuts nothing).
// The mention has no legal form of its own ("of Chrysler Corp and American
// Motors Corp" are two), and neither it (a known firm) nor the name after
// the "and" (a known body) is one the gazetteer knows alone.
func cutAtAnd(s *sentence, m *mention) bool {
	if m.typ == Person || m.end+2 >= len(s.toks) || s.lower(m.end) != "and" && s.toks[m.end].Text != "&" {
		return false
	}
	if legalWordIn(m.name) {
		return false
	}
	if _, ok := orgLookup(m.name); ok && m.typ == Organization {
		return false
	}
	toks := s.toks
	end := -1
	for k := m.end + 1; k < len(toks) && k <= m.end+5; k++ {
		t := toks[k].Text
		if !gazetteer.Capitalised(t) || !isLetterWord(strings.TrimSuffix(t, ".")) {
			break
		}
		w := lower(strings.TrimSuffix(t, "."))
		if legalForms[w] || legalSuffix[w] || gazetteer.IsOrgSuffix(w) || andCutEnds[w] {
			end = k + 1
		}
	}
	if end < 0 || end < len(toks) && gazetteer.Capitalised(toks[end].Text) && isLetterWord(toks[end].Text) {
		return false
	}
	if end == m.end+2 && lowerIn(legalForms, strings.TrimSuffix(toks[m.end+1].Text, ".")) {
		return false // "S.G. Warburg Securities and Co": the firm's own name before its "and Co"
	}
	rest := make([]string, 0, end-m.end-1)
	for k := m.end + 1; k < end; k++ {
		rest = append(rest, toks[k].Text)
	}
	_, knownRest := orgLookup(strings.Join(rest, " "))
	return !knownRest
}
