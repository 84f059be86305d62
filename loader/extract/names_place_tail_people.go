// A name read as a person's that ends with a country's or a continent's
// name and opens with no given name or title is a body's: a firm's arm in
// that country ("Shell Canada", "Lycos Europe"). So is one that ends with
// a big city's name in a sports report (a club: "Atletico Madrid",
// "Partizan Belgrade") or that opens with an acronym ("AC Milan", "ITV London", "MBank Dallas"); elsewhere a
// town's name ends people's names too often ("Hayao Miyazaki", "Zhao
// Ziyang"). People whose surname is a place's open with a given name
// ("Janet Jackson") or a title ("Baroness Scotland"), or the article writes
// a word of the name alone as a person's ("Juninho scored").

package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// bigTownPopulation is the least population of a city whose name ends a
// club's name rather than a person's: smaller towns' names are surnames
// too often ("Lowell", "Marion").
const bigTownPopulation = 200000

// placeTailBodies types as organisations the person-read names of two to
// four words that end with a place (bigPlaceTail), whose first word is no
// given name, title or initial, and whose first word and place word the
// article does not write alone as a person's. A name a rule was sure of
// keeps its type.
func (x *extractor) placeTailBodies() {
	alone := x.loneWordPeople()
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.sure || !plainName(m) {
			continue
		}
		f := strings.Fields(m.name)
		if len(f) < 2 || len(f) > 4 || slicesHasAny(f, "of", "and", "&") || strings.Contains(f[0], ".") || len(f[0]) < 2 {
			continue
		}
		if opensPersonName(f[0]) || alone[f[0]] {
			continue
		}
		towns := acronymWord(f[0]) || x.sportsReport()
		if n := bigPlaceTail(f, towns); n > 0 && !alone[f[len(f)-n]] {
			m.typ = Organization
		}
	}
}

// bigPlaceTail returns how many of the last words of f (one to three, at
// least one word left before them, four letters or more) name a country, a
// continent or, when towns is set, a city of bigTownPopulation or more; 0
// when none do.
func bigPlaceTail(f []string, towns bool) int {
	for n := min(3, len(f)-1); n >= 1; n-- {
		tail := strings.Join(f[len(f)-n:], " ")
		if len(tail) < 4 {
			continue
		}
		if _, ok := gazetteer.Country(tail); ok {
			return n
		}
		if p, ok := gazetteer.Place(tail); ok && p.Class == gazetteer.ClassContinent {
			return n
		}
		if c, ok := gazetteer.City(tail); towns && ok && c.Population >= bigTownPopulation {
			return n
		}
	}
	return 0
}

// acronymWord reports whether w holds two capital letters or more and no
// lower-case letter but after them ("AC", "PSV", "MBank"): an acronym, no
// given name.
func acronymWord(w string) bool {
	caps := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsLower(r) && caps < 2:
			return false
		}
	}
	return caps >= 2
}

// loneWordPeople returns the one-word names the article reads as people's
// (nil when none): a name's word written alone as a person's keeps the
// longer name a person's too.
func (x *extractor) loneWordPeople() map[string]bool {
	var alone map[string]bool
	for k := range x.mentions {
		if m := &x.mentions[k]; m.typ == Person && plainName(m) && !strings.Contains(m.name, " ") {
			if alone == nil {
				alone = map[string]bool{}
			}
			alone[m.name] = true
		}
	}
	return alone
}

// opensPersonName reports whether a name's first word is one a person's name
// opens with: a given name, a title, an honorific or a rank of address.
func opensPersonName(w string) bool {
	return lowerIn(givenNames, w) || lowerIn(femaleNames, w) || gazetteer.IsTitle(w) || isHonorific(w) || lowerIn(addressRanks, w)
}
