package extract

// A body's possessive before another body: the person works for the body
// and for the unit named second ("Michael Reed of Columbia University's
// Zuckerman Institute", "a trader at Acme Corp's Bolt Securities").

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// possessedUnit returns the mention index of the organisation named right
// after the possessive of organisation mention m in sentence si ("Columbia
// University's Mortimer B. Zuckerman Mind Brain Behavior Institute"), or -1
// when m is no possessive or no organisation follows it.
func (x *extractor) possessedUnit(si int, m *mention) int {
	s := &x.sents[si]
	k := m.end
	if m.ent < 0 || x.ents[m.ent].typ != Organization || k+1 >= len(s.toks) || !possessiveToken(s.toks[k]) {
		return -1
	}
	k++
	om := x.mentionAt(si, k)
	if om == nil || om.start != k || om.typ != Organization || om.ent < 0 || om.ent == m.ent || x.ents[om.ent].typ != Organization {
		return -1
	}
	// "Bafta's Interactive Entertainment committee": the name modifies a
	// noun, and the unit is the committee, unnamed
	if e := om.end; e < len(s.toks) && nounAfterName(s.toks[e]) && !unitTailNouns[s.lower(e)] {
		return -1
	}
	return s.owner[k]
}

// nounAfterName reports whether token t, right after a name, is a lower-case
// noun or adjective the name modifies ("oversight" in "the NFU's Dairy
// Board oversight committee"; the tagger may read such a word as a modal).
func nounAfterName(t nlp.Token) bool {
	if gazetteer.Capitalised(t.Text) {
		return false
	}
	switch {
	case strings.HasPrefix(t.Tag, "NN"), strings.HasPrefix(t.Tag, "JJ"):
		return true
	case t.Tag == "MD":
		return !realModals[lower(t.Text)]
	}
	return false
}

// realModals are the modal verbs, told from words the tagger reads as
// modals.
var realModals = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "shall": true, "should": true, "must": true, "wo": true, "ca": true}

// unitTailNouns name a body's part after its name: "NWA's Northwest Airlines
// unit".
var unitTailNouns = map[string]bool{"unit": true, "units": true, "subsidiary": true, "division": true, "arm": true, "affiliate": true}

// possessedUnitRole gives person an affiliation with the unit that the
// body of mention a possesses, when one is named right after it: the
// person works for both, the body and its unit.
func (x *extractor) possessedUnitRole(si, person, a int) {
	if u := x.possessedUnit(si, &x.mentions[a]); u >= 0 {
		x.addRole(person, role{affil: u}, si)
	}
}
