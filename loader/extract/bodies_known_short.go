package extract

// A body the gazetteer knows by a short name keeps that name when the
// article also names something longer that begins with it: "Google" beside
// "Google Video" (a product it launched), "BBC" beside "BBC Radio 4" (a
// station of the body). The longer name is the body's only when what it
// adds is a legal form: "Toshiba" after "Toshiba Corp".

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// knownApart reports whether the body name short, which the gazetteer
// knows as an organisation, names a body of its own beside the names of
// byName keyed key that begin with it: one of them goes on with more than
// a legal form and is no name the gazetteer gives the same body.
func knownApart(short string, byName map[string]string, key string) bool {
	if chamberWords[lower(short)] && short != "Congressional" {
		return chamberApart(short, byName, key)
	}
	o, ok := orgLookup(short)
	if !ok || genericBody(short) {
		return false // "Treasury" beside "Treasury Department": the longer says whose
	}
	for n, k := range byName {
		rest, ok := strings.CutPrefix(n, short+" ")
		if k != key || !ok {
			continue
		}
		if lo, ok := orgLookup(n); ok && lo.Name == o.Name {
			return false
		}
		// "Apple Computer Inc": a legal name, the firm's in full; "EC
		// Commission", "Senate Budget Committee": an organ of the body, which
		// the short name before a title often means ("EC Farm Commissioner")
		if ws := strings.Fields(rest); !legalTail(ws) && !legalTail(ws[len(ws)-1:]) && !organTail(ws) {
			return true
		}
	}
	return false
}

// legalTail reports whether the words ws are legal forms alone: "Corp",
// "Co Inc", "and Co Ltd", "Holdings".
func legalTail(ws []string) bool {
	for _, w := range ws {
		l := strings.TrimSuffix(lower(w), ".")
		if !legalForms[l] && !legalSuffix[l] && l != "and" && l != "&" && l != "co" && l != "company" && l != "group" {
			return false
		}
	}
	return true
}

// organWords name an organ of a body: "EC Commission", "Senate Budget
// Committee".
var organWords = map[string]bool{"commission": true, "commissioner": true, "committee": true, "council": true, "board": true, "department": true, "office": true, "court": true, "assembly": true}

// organTail reports whether the words after a body's short name end with
// an organ of it, or a word the gazetteer knows to head a body's name.
func organTail(ws []string) bool {
	last := ws[len(ws)-1]
	return lowerIn(organWords, last) || gazetteer.IsOrgHead(last) && !lowerIn(memberOrganHeads, last) // bodies_member_heads.go
}

// chamberApart reports whether the chamber's word short ("Senate",
// "House") names the chamber itself beside the names of byName keyed key
// that begin with it: their organs ("Senate Agriculture Committee", "House
// Banking Committee") are not the chamber, but a name going on with "of" is
// the chamber's or another body's in full ("House of Commons", "House of
// Fabrics Inc"), which the word alone names again.
func chamberApart(short string, byName map[string]string, key string) bool {
	for n, k := range byName {
		if rest, ok := strings.CutPrefix(n, short+" "); ok && k == key && strings.HasPrefix(rest, "of ") {
			return false
		}
	}
	return true
}

// chamberOf reports whether the body's name ends in the chamber's word w
// after a place or a national adjective ("Texas House"): "the House", a
// chamber's word that is also a building's, may name it, but not "White
// House" or "Government House", a building's name and the office in it.
func chamberOf(name, w string) bool {
	head, ok := strings.CutSuffix(name, " "+w)
	if !ok {
		return false
	}
	ws := strings.Fields(head)
	last := ws[len(ws)-1]
	if _, ok := gazetteer.Place(head); ok {
		return true
	}
	if _, ok := gazetteer.Place(last); ok {
		return true
	}
	_, ok = demonym(last)
	return ok
}

// chamberOrganTitle reports whether the chamber's word of mention m opens a
// title naming one of its organs: capitalised words that are no party's
// and a title's head after them ("Senate Budget Chairman Lawton Chiles":
// the Senate Budget Committee's chairman; not "Senate Republican leader").
func (x *extractor) chamberOrganTitle(m *mention) bool {
	s := &x.sents[m.sent]
	if !chamberWords[lower(m.name)] {
		return false
	}
	j := m.end
	for j < len(s.toks) && j < m.end+2 && gazetteer.Capitalised(s.toks[j].Text) && !isTitleHead(s.toks[j].Text) && !partyWord(s.toks[j].Text) {
		j++
	}
	return j > m.end && j < len(s.toks) && gazetteer.Capitalised(s.toks[j].Text) && isTitleHead(s.toks[j].Text)
}
