package extract

// A firm's unit after the firm's possessive, named as a unit by the noun
// after it or by the firm's own first word: "Esselte Business Systems Inc's
// Esselte Meto division", "Genisco Technology Corp's Genisco Peripheral
// Systems unit", "Holiday Corp's Holiday Inn Hotel Group". And a firm
// "owned by" another in an apposition: "American Airlines Inc, owned by AMR
// Corp, said". The owner is the unit's parent organisation.

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// namedUnit reports whether the body um after the possessive of body m is
// called its unit: a subsidiary's noun follows the unit's name ("unit",
// "division", "subsidiary"), or the owner is a firm by its legal suffix and
// the unit's name opens with the owner's first word.
func namedUnit(toks []nlp.Token, m, um *mention, owner, unit string) bool {
	if m.nominal {
		return false // "the company's Mississippi Power and Light Co subsidiary": the owner is read elsewhere
	}
	if um.end < len(toks) && lowerIn(subsidiaryNouns, toks[um.end].Text) && (um.end+1 >= len(toks) || !lowerIs(toks[um.end+1].Text, "of")) {
		return true
	}
	ow, uw := strings.Fields(owner), strings.Fields(unit)
	if len(ow) < 2 || len(uw) < 2 || !legalSuffix[strings.TrimSuffix(lower(ow[len(ow)-1]), ".")] {
		return false
	}
	return ow[0] == uw[0]
}

// ownedByBody reads "BODY, (wholly) owned by OWNER" after the mention m of
// an organisation in sentence si: the owner, an organisation, is the body's
// parent. A share owned ("50 pct owned by") is no parent.
func (x *extractor) ownedByBody(si int, m *mention) {
	s := &x.sents[si]
	j := m.end
	if j+3 >= len(s.toks) || s.toks[j].Text != "," || m.ent < 0 || m.nominal {
		return
	}
	k := j + 1
	if w := s.lower(k); w == "wholly" || w == "fully" {
		k++
	}
	if k+2 >= len(s.toks) || s.lower(k) != "owned" || s.lower(k+1) != "by" {
		return
	}
	pm := x.mentionAt(si, k+2)
	if pm == nil || pm.start != k+2 || pm.ent < 0 || pm.ent == m.ent || pm.nominal || x.ents[pm.ent].typ != Organization {
		return
	}
	x.addFact(m.ent, vocab.PParentOrganization, pm.ent, "", si)
}
