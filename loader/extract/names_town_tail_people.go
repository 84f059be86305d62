// A name read as a person's that ends with a noun of towns' and sites'
// names ("Oak Ridge", "Coconut Grove", "Sulphur Springs", "Diablo Canyon",
// "Vermilion Parish") is a place's. Such nouns are surnames too ("Andy
// Grove", "Tom Ridge"): people's names open with a given name, a title or
// an initial, or the article writes a word of the name alone as a person's
// ("Grove said"). A town the gazetteer or the towns list knows is a place
// whatever its first word ("Alice Springs").

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// townTailPlaces types as places the person-read names of two to four
// words that end with a town noun (townTailNoun), whose first word is no
// given name, title, honorific or initial, and none of whose words the
// article writes alone as a person's; or that name a place the gazetteer
// or the towns list knows. A name a rule was sure of keeps its type.
func (x *extractor) townTailPlaces() {
	alone := x.loneWordPeople()
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.sure || !plainName(m) {
			continue
		}
		f := strings.Fields(m.name)
		if len(f) < 2 || len(f) > 4 || !townTailNoun(f[len(f)-1]) || slicesHasAny(f, "of", "and", "&") {
			continue
		}
		if _, known := gazetteer.Place(m.name); known || towns().Has(m.name) {
			m.typ = Place
			continue
		}
		if strings.Contains(f[0], ".") || len(f[0]) < 2 || opensPersonName(f[0]) || x.titled(m) {
			continue
		}
		if !anyIn(f, alone) {
			m.typ = Place
		}
	}
}

// townTailNoun reports whether w, capitalised, is a noun that ends towns'
// and sites' names and no firm's: "Springs", "Canyon", "Grove", "Ridge",
// "Parish", "Creek", "Bluff". Not "Lake", "Hills" or "Park": given names
// open people's names so ("Ricki Lake") and firms' and grounds' names end
// so.
func townTailNoun(w string) bool {
	switch w {
	case "Springs", "Canyon", "Grove", "Ridge", "Parish", "Creek", "Bluff", "Bluffs":
		return true
	}
	return false
}

// anyIn reports whether set holds any of words.
func anyIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}
