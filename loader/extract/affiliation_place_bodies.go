package extract

// A place's name before a body's noun in lower case and a title names a
// body of that place the story leaves unnamed: "Michigan party chairman
// Richard Weiner" chairs a party of Michigan, not Michigan; "Cartagena group
// chairman" the Cartagena group, not the city. The place is no body the
// person works for. notABody (affiliation_objects.go) asks this.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// placeBodyNouns are nouns of bodies a place's name may open, written in
// lower case after it or after a few more lower-case words ("trade union"):
// a party, a club, a police force, a firm's office or unit ("Tampa police
// spokesman", "its Paris office manager").
var placeBodyNouns = map[string]bool{"party": true, "union": true, "group": true, "club": true, "federation": true, "association": true, "league": true, "society": true, "police": true, "office": true, "branch": true, "unit": true, "division": true, "subsidiary": true, "operations": true}

// maxBodyPhrase is the most lower-case words a body's phrase after a place
// holds before its title: "trade union council".
const maxBodyPhrase = 3

// placeBodyPhrase reports whether the words from token k on name a body of
// the place before them and then a title: a party's adjective and a title
// in lower case ("Democratic leader"), or a run of lower-case words holding
// a body's noun among its first maxBodyPhrase, more lower-case words (the
// title) after it ("trade union council leader"). A head of government's title in capitals right after the
// place ("Ohio Governor") is none, and so is a central bank or a council,
// bodies of the place's government the judged samples take the place for
// ("West Berlin state central bank president", affiliation-seed64 row 43).
func placeBodyPhrase(s *sentence, k int) bool {
	if k+1 < len(s.toks) && partyWord(s.toks[k].Text) && !isLowerWord(s.toks[k].Text) && isLowerWord(s.toks[k+1].Text) {
		return true
	}
	for j := k; j < len(s.toks)-1 && j < k+maxBodyPhrase && isLowerWord(s.toks[j].Text); j++ {
		if placeBodyNouns[s.toks[j].Text] && isLowerWord(s.toks[j+1].Text) {
			return true
		}
	}
	return false
}

// placeBeforeBodyNoun reports whether mention m names a place (read as one,
// or a place the gazetteer knows and no body it knows) and is followed by a
// lower-case body noun: "Michigan party", "Cartagena group".
func (x *extractor) placeBeforeBodyNoun(s *sentence, m *mention) bool {
	if m.end >= len(s.toks) || !placeBodyNouns[s.toks[m.end].Text] && !placeBodyPhrase(s, m.end) {
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

// cutAfterPlace reports whether body mention m is one word the gazetteer
// does not know, right after a place's mention: the recogniser cut a body
// named after its place ("Ontario Hydro spokeswoman" read as Ontario and
// "Hydro"; affiliation-seed123 row 29). The cut word is no body; the
// whole name is not read here.
func (x *extractor) cutAfterPlace(s *sentence, m *mention) bool {
	if m.typ != Organization || m.end-m.start != 1 || m.start == 0 || s.owner[m.start-1] < 0 {
		return false
	}
	p := &x.mentions[s.owner[m.start-1]]
	// a country's body is the country's ("U.S. Mint"); "Dallas-based
	// Sabine" says where the firm is
	if p.end != m.start || !x.placeNamed(p) || p.demonym || p.typ == Country || strings.Contains(s.toks[m.start-1].Text, "-") {
		return false
	}
	// a party's member word ("a Virginia Democrat") and an acronym after
	// its place ("California ISO") are bodies read apart on purpose
	if partyWord(m.name) || lowerIn(partyMemberWords, m.name) || strings.ToUpper(m.name) == m.name {
		return false
	}
	_, known := orgLookup(m.name)
	return !known
}
