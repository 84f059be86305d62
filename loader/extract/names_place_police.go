package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// A place's police written with a lower-case "police" is the force's name:
// "chief inspector Jennifer Mattinson from the West Mercia police",
// "Cambridgeshire police said". The recogniser names the place alone (as a
// place, or as a body by its context), and the title's body is lost.

// placePolice joins a place's name (or a body's: "Capitol police") to a
// lower-case "police" right after it, as one organisation. A national
// adjective ("Swiss police") or a country ("UK police") names no one force,
// and "police" going on as a modifier ("Surrey police officers", "Notts
// police chief Steve Green") is no name's end.
func (x *extractor) placePolice() {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.bstart != 0 || m.bend != 0 || m.typ == Person || m.typ == Event {
			continue
		}
		s := &x.sents[m.sent]
		end := m.end
		if end >= len(s.toks) || s.owner[end] >= 0 || s.toks[end].Text != "police" {
			continue
		}
		if n := end + 1; n < len(s.toks) && (strings.HasPrefix(s.toks[n].Tag, "NN") || strings.HasPrefix(s.toks[n].Tag, "JJ") || s.toks[n].Tag == "POS" || isTitleHead(s.toks[n].Text)) {
			continue
		}
		if _, country := gazetteer.Country(m.name); country || m.typ == Country {
			continue // "UK police": a nation's many forces
		}
		x.respan(k, m.start, end+1, Organization)
		m.sure = true
	}
}
