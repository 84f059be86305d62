package extract

// A place's name before a body's noun in lower case and a title names a
// body of that place the story leaves unnamed: "Michigan party chairman
// Richard Weiner" chairs a party of Michigan, not Michigan; "Cartagena group
// chairman" the Cartagena group, not the city. The place is no body the
// person works for. notABody (affiliation_objects.go) asks this.

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// placeBodyNouns are nouns of bodies a place's name may open, written in
// lower case after it.
var placeBodyNouns = map[string]bool{"party": true, "union": true, "group": true, "club": true, "federation": true, "association": true, "league": true, "society": true}

// placeBeforeBodyNoun reports whether mention m names a place (read as one,
// or a place the gazetteer knows and no body it knows) and is followed by a
// lower-case body noun: "Michigan party", "Cartagena group".
func (x *extractor) placeBeforeBodyNoun(s *sentence, m *mention) bool {
	if m.end >= len(s.toks) || !placeBodyNouns[s.toks[m.end].Text] {
		return false
	}
	if x.placeNamed(m) {
		return true
	}
	if _, ok := gazetteer.Place(m.name); !ok {
		return false
	}
	_, known := orgLookup(m.name)
	return !known && !partyWord(m.name)
}
