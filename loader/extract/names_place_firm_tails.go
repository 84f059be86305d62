package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// A name read as a place whose last word is a trade's plural or
// "International" names a business, not a place: "Sun Banks in Florida",
// "Profits increased in BICC International", "Cargill Metals,
// Minneapolis". The recogniser reads its first word (a town's, a state's)
// as the name's kind. A last word that says a market's figure or a flow
// of goods ("the Milan Stock Index", "a rise in U.S. Imports") names no
// entity at all. Places are not named so: no town ends in "Banks" or
// "Metals" (a gazetteer place of the whole name keeps its reading).
// A carrier's head word names a business too ("the Santa Fe and Southern
// Pacific Railroads", "Delta Airline"), and so does a firm's head word
// followed by "of" inside the name ("Bank of Dade County", "Savings and
// Loan Association of Lake City"): the place after "of" is where the
// firm is, not the name's kind.

// placeFirmTails are last words that make a place-read name a business.
var placeFirmTails = map[string]bool{
	"banks": true, "metals": true, "international": true, "retailing": true,
	"mills": true, "products": true, "chemicals": true, "foods": true,
	"textiles": true, "securities": true, "technologies": true, "electronics": true,
	"railroads": true, "railways": true, "airlines": true, "railroad": true, "airline": true,
}

// placeFirmOfHeads are head words of firms' names which, followed by "of"
// inside a place-read name, make it a business's ("Bank of ...").
var placeFirmOfHeads = map[string]bool{
	"bank": true, "association": true, "railroad": true, "railway": true,
	"corporation": true, "company": true,
}

// placeThingTails are last words that make a place-read name a figure or a
// trade flow, which is no entity.
var placeThingTails = map[string]bool{"index": true, "imports": true, "exports": true}

// placeFirmTailNames retypes as organisations the place-read names of two
// or more words that end in a placeFirmTails word and drops those that end
// in a placeThingTails word, unless the gazetteer knows the whole name.
func (x *extractor) placeFirmTailNames() {
	x.dropMentionsIf(func(m *mention) bool {
		return placeTail(m, placeThingTails)
	})
	for k := range x.mentions {
		if m := &x.mentions[k]; placeTail(m, placeFirmTails) || placeFirmOf(m) {
			m.typ = Organization
		}
	}
}

// placeTail reports whether m is a place-read name of two or more words,
// unknown to the gazetteer, whose last word is in tails.
func placeTail(m *mention, tails map[string]bool) bool {
	if !isPlace(m.typ) || m.demonym || m.nominal || m.end-m.start < 2 {
		return false
	}
	fields := strings.Fields(m.name)
	if len(fields) < 2 || !tails[strings.ToLower(fields[len(fields)-1])] {
		return false
	}
	return !gazetteerKnows(m.name)
}

// placeFirmOf reports whether m is a place-read name, unknown to the
// gazetteer as a place, with a placeFirmOfHeads word followed by "of"
// inside it.
func placeFirmOf(m *mention) bool {
	if !isPlace(m.typ) || m.demonym || m.nominal {
		return false
	}
	fields := strings.Fields(m.name)
	for i := 0; i+2 < len(fields); i++ {
		if lowerIn(placeFirmOfHeads, fields[i]) && fields[i+1] == "of" {
			_, known := gazetteer.Place(m.name)
			return !known
		}
	}
	return false
}
