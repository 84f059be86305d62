package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// listPeople types as a person the one name of a list of people the
// recogniser read as an organisation: news lists like with like ("such
// 1960s stalwarts as Joe Cocker, Steve Winwood, Eric Burdon and Van
// Morrison"). The list (listAt) joins at least three names with a
// conjunction, the name is its last, right after the conjunction (not
// "starring Jude Law and Julia Roberts, Finding Neverland, with"), every other name is a person's of two or more words (two of
// them open with a given name: not "Asea companies; Asea Transmission,
// Ludvika Sweden and Strondberg Vaasa"), no bodies' noun introduces it, and the
// name is two or three capitalised words shaped like a person's: no
// acronym, no digit, no legal form or body's word ("Corp", "Group",
// "Bank"), none a gazetteer or the firms' list knows, and no rule was sure
// it is a body.
func (x *extractor) listPeople() {
	x.eachList(3, func(si int, list []int) {
		if !x.conjoined(list) {
			return
		}
		s := &x.sents[si]
		odd, people, given := -1, 0, 0
		for _, k := range list {
			m := &x.mentions[k]
			switch {
			case m.demonym || m.nominal:
				odd = -2
			case m.typ == Person && len(strings.Fields(m.name)) >= 2:
				people++
				if lowerIn(givenNames, strings.Fields(m.name)[0]) {
					given++
				}
			case m.typ == Organization && odd == -1:
				odd = k
			default:
				odd = -2
			}
			if odd == -2 {
				break
			}
		}
		if odd != list[len(list)-1] || !isConj(s.lower(x.mentions[odd].start-1)) || people != len(list)-1 || given < 2 || x.bodiesBefore(si, x.mentions[list[0]].start) || !personShaped(&x.mentions[odd]) {
			return
		}
		x.mentions[odd].typ, x.mentions[odd].sure = Person, true
	})
}

// personShaped reports whether an organisation's mention could be a
// person's name by its words alone (listPeople).
func personShaped(m *mention) bool {
	if m.sure || m.bend > 0 {
		return false
	}
	f := strings.Fields(m.name)
	if len(f) < 2 || len(f) > 3 {
		return false
	}
	for _, w := range f {
		if !gazetteer.Capitalised(w) || strings.ToUpper(w) == w || strings.ContainsAny(w, "0123456789&") {
			return false
		}
		if lw := lower(strings.TrimSuffix(w, ".")); legalForms[lw] || legalSuffix[lw] || orgNouns[lw] || gazetteer.IsOrgSuffix(w) {
			return false
		}
	}
	if _, ok := orgLookup(m.name); ok {
		return false
	}
	_, place := gazetteer.Place(m.name)
	return !place
}
