package extract

import "strings"

// saintPlaces types as places the names read as people's that open with a
// saint's abbreviation ("St Etienne", "St Thomas", "Ste Foy"), when nothing
// in the article treats them as people's: news names towns, parishes and
// churches after saints, and writes the saints themselves in full.
func (x *extractor) saintPlaces() {
	var people map[string]bool
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.demonym || m.nominal {
			continue
		}
		f := strings.Fields(m.name)
		if len(f) < 2 {
			continue
		}
		switch f[0] {
		case "St", "St.", "Ste", "Ste.":
		default:
			continue
		}
		if people == nil {
			people = x.personEvidence()
		}
		if !people[m.name] {
			m.typ = Place
		}
	}
}
