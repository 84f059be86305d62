// A name read as a person's and written before a comma and a US state's
// abbreviation is a town's: wire copy writes "Oak Ridge, Tenn.", "Gary,
// Ind.", "Basking Ridge, N.J." after a town and never after a person (a
// legislator's state comes with the party's letter, "Sen. Al Gore, D-Tenn.",
// one token the rule does not read).

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// stateTowns types as places the person-read names written before a comma
// and a US state's abbreviation with its full stop (stateAbbrAfter), and the
// article's other mentions of those names read as people's. A name the
// recogniser or a rule was sure of, or one written after a capitalised
// title or an honorific ("Rep. X"; not "a private X, Ill., firm"), keeps
// its type.
func (x *extractor) stateTowns() {
	var towns map[string]bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.sure || !plainName(m) || x.titled(m) && gazetteer.Capitalised(x.sents[m.sent].toks[m.start-1].Text) {
			continue
		}
		if s := &x.sents[m.sent]; stateAbbrAfter(s, m.end) {
			if towns == nil {
				towns = map[string]bool{}
			}
			towns[m.name] = true
		}
	}
	for k := range x.mentions {
		if m := &x.mentions[k]; m.typ == Person && !m.sure && plainName(m) && towns[m.name] {
			m.typ = Place
		}
	}
}

// stateAbbrAfter reports whether token i of s is a comma and the tokens
// after it a US state's abbreviation with its full stop ("Tenn.", "N.J.",
// "Calif.-based"): the state of the town before the comma.
func stateAbbrAfter(s *sentence, i int) bool {
	if i+1 >= len(s.toks) || s.toks[i].Text != "," {
		return false
	}
	w := s.toks[i+1].Text
	if abbr, _, ok := strings.Cut(w, "-"); ok && strings.HasSuffix(abbr, ".") {
		w = abbr // "N.J.-based", "Calif.-based"; not "D-Tenn."
	}
	if !strings.HasSuffix(w, ".") && i+2 < len(s.toks) && s.toks[i+2].Text == "." {
		w += "."
	}
	return strings.HasSuffix(w, ".") && usStates[strings.TrimSuffix(w, ".")]
}
