package extract

// A place's name before a firm's title, or before one more capitalised word
// and a title, opens the name of a firm or a club the story shortens: the
// person works for that body, not for the place. "Kansas City Chairman
// Landon Rowland" chairs the railroad the article calls Kansas City (the
// name is a firm's: firmsByEvidence); "Georgia Power Chairman", "Canada
// Post negotiator" and "Boston Five chairman" name a utility, a post office
// and a bank after their place, and "its UK chief executive" a firm's
// British arm (no affiliation: notABody, affiliation_objects.go).

import (
	"unicode"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// placeFirmTitle reports whether place mention m is a country followed by
// a title only a firm or a club gives (firmTitleHeads: "chairman", "chief
// executive officer"): "its UK chief executive"; or a place followed by one
// capitalised word of no office and then a title: "Georgia Power Chairman". A nation's adjective
// ("Palestinian chairman") and a department or a party after the place
// ("U.S. Treasury Secretary", "Iowa Democratic chairman") are no firm's.
func (x *extractor) placeFirmTitle(s *sentence, m *mention) bool {
	if m.demonym || !x.placeNamed(m) || m.end >= len(s.toks) {
		return false
	}
	k := m.end
	if firmTitleAt(s, k) {
		// "UK chief executive William Morrow" works for the firm's
		// British arm; another place's name before a firm's title is
		// the firm's (placesBeforeFirmTitles)
		return m.typ == Country
	}
	if w := s.toks[k].Text; gazetteer.Capitalised(w) && lettersOnly(w) && x.wordAlone(s, k) {
		if k+1 >= len(s.toks) || placeOfficeWord(w) {
			return false
		}
		if l := lower(w); portfolioNouns[l] || postFields[l] {
			// a field both a ministry and a firm may name: "Georgia
			// Power Chairman" is a utility's, "India Power Minister" the
			// country's
			return firmTitleAt(s, k+1)
		}
		t := s.lower(k + 1)
		return (titleHeads[t] || titleModifiers[t]) && !nationalOffices[t] && !delegateTitles[t] // "Canada Post negotiator"
	}
	return false
}

// delegateTitles are titles of a country's delegate to a body named
// between them: "U.S. IMF Representative" is the country's.
var delegateTitles = map[string]bool{"representative": true, "delegate": true, "observer": true}

// wordAlone reports whether token k is in no mention, or is alone a
// mention of no place: the acronym of "Kenya FA spokesman".
func (x *extractor) wordAlone(s *sentence, k int) bool {
	o := s.owner[k]
	if o < 0 {
		return true
	}
	n := &x.mentions[o]
	return n.start == k && n.end == k+1 && !x.placeNamed(n)
}

// lettersOnly reports whether w is made of letters alone: a team's age
// group ("Wales Under-21 skipper") is no firm's word.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// placesBeforeFirmTitles adds to firm the names read as places, of no
// country or nation, written right before a firm's title and a person's
// name: "Kansas City Chairman Landon Rowland", "Gulf Canada chairman
// Marshall Cohen" name the firm the person chairs by its short name.
func (x *extractor) placesBeforeFirmTitles(firm map[string]bool) {
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.nominal || m.typ != Place && m.typ != City || m.end >= len(x.sents[m.sent].toks) {
			continue
		}
		s := &x.sents[m.sent]
		if !firmTitleAt(s, m.end) || titleModifiers[s.lower(m.start)] {
			continue // "Senior Citibank executive": a title's word glued
		}
		j := m.end
		for j < len(s.toks) && s.owner[j] < 0 && (titleModifiers[s.lower(j)] || titleHeads[s.lower(j)] || s.lower(j) == "and") {
			j++
		}
		if j < len(s.toks) && s.owner[j] >= 0 && x.mentions[s.owner[j]].typ == Person {
			firm[m.name] = true
		}
	}
}

// firmTitleAt reports whether the title opening at token k is a firm's:
// its head (after title modifiers: "chief executive", "Chairman") is one of
// firmTitleHeads.
func firmTitleAt(s *sentence, k int) bool {
	for j := k; j < len(s.toks) && j < k+3; j++ {
		w := s.lower(j)
		if firmTitleHeads[w] {
			return true
		}
		if !titleModifiers[w] {
			return false
		}
	}
	return false
}

// placeOfficeWord reports whether w, capitalised after a place's name, names an
// office, a department, a chamber or a party of the place's government, or
// a title: "U.S. Treasury Secretary", "Texas Republican chairman", "Ohio
// Governor".
func placeOfficeWord(w string) bool {
	l := lower(w)
	if titleHeads[l] || titleModifiers[l] || genericBodies[l] || publicBodyHeads[l] || legislatorTitles[l] || partyWord(w) {
		return true
	}
	_, isDemonym := demonym(w)
	return isDemonym || placeOfficeWords[l]
}

// placeOfficeWords are the other words of a place's government or courts
// written capitalised between a place and a title: "U.S. District Judge",
// "Texas Railroad Commissioner", "U.S. Fed chairman" (data/placeOfficeWords.txt).
var placeOfficeWords = wordSet("placeOfficeWords")
