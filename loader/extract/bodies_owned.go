package extract

// A body named after another body's name hyphenated to "owned" ("Kroger-owned
// QFC stores", "Amazon-owned Whole Foods Market"): the owner is the body's
// parent organisation when the story names the owner as a body.

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// ownedBody reads "OWNER-owned BODY" before the mention m of an organisation
// in sentence si.
func (x *extractor) ownedBody(si int, m *mention) {
	toks := x.sents[si].toks
	if m.start == 0 || m.ent < 0 || m.demonym || m.nominal {
		return
	}
	w := toks[m.start-1].Text
	owner, ok := strings.CutSuffix(w, "-owned")
	if !ok || owner == "" || !gazetteer.Capitalised(owner) {
		return
	}
	if p := x.namedBody(owner); p >= 0 && p != m.ent {
		x.addFact(m.ent, vocab.PParentOrganization, p, "", si)
	}
}

// namedBody returns the organisation of the story that goes by name (its
// name or an alias), or -1 when none or more than one does.
func (x *extractor) namedBody(name string) int {
	found := -1
	for e := range x.ents {
		ent := x.ents[e]
		if ent.typ != Organization || len(ent.mentions) == 0 || !goesBy(ent, name) {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}

// goesBy reports whether an entity's name or one of its aliases is name.
func goesBy(ent *entity, name string) bool {
	if ent.name == name {
		return true
	}
	for _, a := range ent.aliases {
		if a == name {
			return true
		}
	}
	return false
}
