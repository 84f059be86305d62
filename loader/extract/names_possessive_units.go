package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/nlp"
)

// ownUnitName reports whether the capitalised words from token k, after an
// owner's "'s", open a name of their own rather than go on with the owner's:
// "Mittal's [LNM] Holdings", "Atlantic Richfield's [Arco] Oil and Gas Co"
// name the owner's unit, a second body. The first word is an acronym or no
// dictionary word. "Moody's Investors Service", "Sotheby's Holdings",
// "Domino's Pizza Inc" go on with dictionary words: one name.
func ownUnitName(toks []nlp.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	w := toks[k].Text
	lw := strings.TrimSuffix(lower(w), ".")
	if !gazetteer.Capitalised(w) || gazetteer.IsOrgSuffix(w) || legalSuffix[lw] || firmPlurals[lw] {
		return false
	}
	if isAcronym(w) {
		return len(w) <= 5 // not "SHAW'S SUPERMARKETS INC", a line in capitals
	}
	return !dictionaryWord(w)
}

// firmPlurals are the abbreviated plurals that end firms' names after a
// possessive ("Lowe's Cos Inc"): no name of their own.
var firmPlurals = map[string]bool{"cos": true, "bros": true}

// unitOwner returns the owner p of a firm's unit ("Atlantic Richfield's Arco
// Oil and Gas Co") as a body when the recogniser read it as a person's name
// that opens with no given name: a firm owns the unit. "Rupert Murdoch's
// News Corp" stays a person's.
func unitOwner(toks []nlp.Token, p ner.Mention) ner.Mention {
	if p.Label == ner.Person && p.End-p.Start >= 2 && !lowerIn(givenNames, toks[p.Start].Text) && !isHonorific(lower(strings.TrimSuffix(toks[p.Start].Text, "."))) {
		p.Label, p.Class = ner.Organization, ""
	}
	return p
}

// ownedFirm reports whether the mention um, after an owner's "'s", names a
// firm of its own: its first word opens a name (ownUnitName) and its last is
// a legal form ("Atlantic Richfield's Arco Oil and Gas Co"), and the owner
// m is named, not "the company's".
func ownedFirm(toks []nlp.Token, m, um *mention) bool {
	return !m.nominal && um.end-um.start >= 2 && ownUnitName(toks, um.start) && legalSuffix[strings.TrimSuffix(lower(toks[um.end-1].Text), ".")]
}

// ownerUnitAfter returns the token where the unit's name starts when the
// mention at token k of sentence s is an owner whose possessive a unit with
// a name of its own follows ("head trader for [Ivan Boesky's] Seemala
// Corp"): a title after "for" or "of" serves the unit, when its name is a
// firm's legal name. It returns k otherwise.
func (x *extractor) ownerUnitAfter(si, k int) int {
	s := &x.sents[si]
	toks := s.toks
	if k >= len(toks) || s.owner[k] < 0 {
		return k
	}
	om := &x.mentions[s.owner[k]]
	u := om.end + 1
	if om.start != k || u >= len(toks) || !possessiveToken(toks[om.end]) || !ownUnitName(toks, u) || s.owner[u] < 0 {
		return k
	}
	// a firm's legal name, not "at Microsoft's MSN internet division"
	if um := &x.mentions[s.owner[u]]; um.start != u || um.typ != Organization || !legalSuffix[strings.TrimSuffix(lower(toks[um.end-1].Text), ".")] {
		return k
	}
	return u
}
