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
