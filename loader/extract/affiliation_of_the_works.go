package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// Titles of the shape "A of the B": the name of a film, a painting or a
// brand the recogniser split at "of the" into a person and a body ("went to
// Eternal Sunshine of the Spotless Mind", "Raphael's Madonna of the Pinks",
// "its Charles of the Ritz business": twelve affiliations of Reuters and
// BBC). A person of a body is written "Bill Guerard of the California
// Energy Commission": a given name and a surname, or a title before the
// name (or a surname of a name given before: "Meier of the Social
// Democrats"), and a body's name after "the", or a description with it ("Pius Haffner of the Catholic
// charity Justitia").

// ofTheTitle reports whether person mention hm and body mention tm of
// sentence s are the two halves of one such title: tm follows hm after "of
// the" alone, hm's person is named by no given name and surname (one word,
// or a first word that is no given name), nor by more words elsewhere in the
// story than hm's, and hm has no title before it, and tm's name marks no
// body: every word capitalised, no word of an organisation's name, no name
// the gazetteer knows, no party's, no acronym.
func (x *extractor) ofTheTitle(s *sentence, hm, tm *mention) bool {
	if tm.start != hm.end+2 || s.lower(hm.end) != "of" || s.lower(hm.end+1) != "the" {
		return false
	}
	words := strings.Fields(x.ents[hm.ent].name)
	if len(words) == 0 || len(words) >= 2 && givenNames[lower(words[0])] || x.surnameOfLonger(hm.name) {
		return false
	}
	if hm.start > 0 && gazetteer.IsTitle(s.lower(hm.start-1)) {
		return false // "Prince Charles of the House of Windsor"
	}
	for _, w := range strings.Fields(tm.name) {
		if !gazetteer.Capitalised(w) {
			return false // "the Catholic charity Justitia"
		}
	}
	return !namesBody(tm.name) && !partyWord(tm.name) && !partyNames[tm.name] && !isAcronym(tm.name)
}

// surnameOfLonger reports whether name is the last word or words of a
// longer person's name of the story ("Meier" of "Felix Meier").
func (x *extractor) surnameOfLonger(name string) bool {
	for i := range x.ents {
		e := x.ents[i]
		if e.typ == Person && strings.HasSuffix(e.name, " "+name) {
			return true
		}
	}
	return false
}
