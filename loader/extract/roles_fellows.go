package extract

// A fellow of a body (issue 15): "C. Eugene Steuerle, a fellow at the Urban
// Institute". Alone, "fellow" describes ("fellow Spaniard") and is no title
// (descriptionHeads); with the institute or college it is held at, it is the
// post of a scholar.

import "strings"

// bodyFellow reports whether role r is a lone "fellow" at or of a body.
func (x *extractor) bodyFellow(r role) bool {
	if r.affil < 0 || !lowerIs(strings.Trim(r.title, " ,"), "fellow") {
		return false
	}
	a := x.mentions[r.affil].ent
	return a >= 0 && x.ents[a].typ == Organization
}
