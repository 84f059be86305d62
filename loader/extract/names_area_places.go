// Areas. "the Bay Area", "the Tri-State Area", "the Los Angeles Area": a
// name that ends in "Area" after capitalised words names a stretch of land,
// a place, though the recogniser reads it as a body's after "to" or "the"
// ("a resort to the Bay Area" gave an organisation). Not a name with a
// body's word ("Area Health Authority", "Free Trade Area Commission") or
// one a gazetteer or the firms' list knows, and not "Free Trade Area" or
// "Sterling Area", an agreement's or a currency's area (no place's head
// before it: the name's other words must be no common noun).

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// areaPlaces types as places the names of two words or more read as a
// body's or a person's that end in "Area" (see the file's comment).
func (x *extractor) areaPlaces() {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Organization && m.typ != Person || m.demonym || m.nominal || m.sure {
			continue
		}
		if areaName(m.name) {
			m.typ = Place
		}
	}
}

// areaName reports whether a name is capitalised words of no dictionary
// noun ending in "Area": "Bay Area", "Tri-State Area", not "Free Trade Area".
func areaName(name string) bool {
	if _, last, n := edgeFields(name); n < 2 || last != "Area" || bodyWords(name) {
		return false
	}
	f := strings.Fields(name)
	for _, w := range f[:len(f)-1] {
		if !gazetteer.Capitalised(w) || dictionaryWord(w) && !isPlaceWord(w) {
			return false
		}
	}
	return true
}
