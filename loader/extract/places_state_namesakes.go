package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// A country that shares its name with a US state ("Georgia") is the state
// in a sentence or a story about America: "Atlanta, Georgia", "the
// Carolinas, Georgia and Tennessee", "Sun Banks in Florida and Trust Co
// banks in Georgia". The gazetteer reads the name first as the country;
// the other places decide, those of the mention's sentence first, then
// the article's: when more of them are American towns and states (or their
// abbreviations, "Ga.") than places of other countries (countries, their
// towns, their demonyms: "the Soviet republic of Georgia"), the name is
// the state, named and keyed as stateEntity names a state the gazetteer
// reads first as something else ("Georgia State", the node "Ga." and
// "D-Ga." give too); on a tie, the country. The United States itself
// counts for neither side: American and foreign stories both name it.

// usName is the gazetteer's name of the United States.
const usName = "United States"

// stateNamesake returns the name of the US state the country p of mention
// k means ("Georgia State"), and whether it means one.
func (x *extractor) stateNamesake(p gazetteer.PlaceInfo, k int) (string, bool) {
	if p.Class != gazetteer.ClassCountry {
		return "", false
	}
	if _, ok := gazetteer.USStateNamed(p.Name); !ok {
		return "", false
	}
	us, foreign := x.placeSides(p.Name, x.mentions[k].sent)
	if us == foreign && !x.americanStory(p.Name) || us < foreign {
		return "", false
	}
	return p.Name + " State", true
}

// americanStory reports whether more of the article's places, but the
// place named name, are American than elsewhere; it is counted once for
// the article.
func (x *extractor) americanStory(name string) bool {
	if x.american == 0 {
		x.american = 1
		if us, foreign := x.placeSides(name, -1); us > foreign {
			x.american = 2
		}
	}
	return x.american == 2
}

// placeSides counts the mentions of places in the United States (not the
// country itself) and of places elsewhere, but those of name, in sentence
// si (every sentence when si is -1).
func (x *extractor) placeSides(name string, si int) (us, foreign int) {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Country && m.typ != City && m.typ != Place || si >= 0 && m.sent != si {
			continue
		}
		if m.demonym {
			if c, ok := demonym(m.text); ok && c != usName && c != name {
				foreign++
			}
			continue
		}
		p, ok := gazetteer.Place(m.name)
		switch {
		case !ok:
			if stateAbbreviation(m.name) && usStates[strings.TrimSuffix(m.name, ".")] {
				us++ // "Ga.", "Fla."
			}
		case p.Name == name || p.Name == usName:
		case p.Class == gazetteer.ClassCountry || p.Country != usName && p.Country != "":
			foreign++
		case p.Country == usName:
			us++
		}
	}
	return us, foreign
}

// countryOfState reports whether n, written for the state entity e, is the
// name of the country the state is named like ("Georgia" of "Georgia
// State"): no alias of the state, or the resolver would join the country's
// node to the state's by it.
func (x *extractor) countryOfState(e *entity, n string) bool {
	if e.typ != Place || !strings.HasSuffix(e.name, " State") || e.name != n+" State" {
		return false
	}
	_, ok := gazetteer.Country(n)
	return ok
}

// bareDivision returns the state or province a town's reading p stands
// for ("Virginia", not a South African town: gazetteer.BareDivision),
// asking the gazetteer only for towns.
func bareDivision(p gazetteer.PlaceInfo) (gazetteer.PlaceInfo, bool) {
	if p.Class != gazetteer.ClassCity {
		return gazetteer.PlaceInfo{}, false
	}
	return gazetteer.BareDivision(p.Name)
}
