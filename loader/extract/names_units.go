package extract

// A body's name that goes on with a country, a continent, a region of more
// than one word, or "Headquarters" names a unit of the body, or its seat,
// not the body: "BP" after "BP North America", "U.N." after "U.N.
// Headquarters" is the parent still. firstWords leaves such names out.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// unitTail reports whether the words rest, after the first words of a
// body's name, make it a unit or a seat of the body those first words
// name: a place of the world's map after a name no dictionary word opens
// ("BP North America Inc", "Toshiba America"; not "Bank Indonesia", "Air
// France", "Virgin Atlantic").
func unitTail(first, rest []string) bool {
	if len(rest) == 0 || len(first) == 0 || dictionaryWord(first[0]) || titleJoin(first[len(first)-1]) {
		return false
	}
	// "BP North America Inc": the unit's legal form
	if l := strings.TrimSuffix(lower(rest[len(rest)-1]), "."); len(rest) > 1 && (legalForms[l] || legalSuffix[l]) {
		rest = rest[:len(rest)-1]
	}
	r := strings.Join(rest, " ")
	if len(rest) == 1 && (lowerIs(r, "headquarters") || r == "HQ") {
		return true
	}
	if !gazetteer.Capitalised(rest[0]) {
		return false
	}
	p, ok := gazetteer.Place(r)
	if !ok {
		return false
	}
	switch p.Class {
	case gazetteer.ClassCountry, gazetteer.ClassContinent:
		return true
	case gazetteer.ClassRegion:
		return len(rest) > 1
	}
	return false
}
