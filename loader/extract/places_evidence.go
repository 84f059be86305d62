// A place reading needs evidence: a name the recogniser alone reads as a
// place, that no gazetteer knows and that no mention of the article puts
// where a place stands, is no place ("a launching site for the Silkworms",
// "buying a new Mac Mini", "Deacon Blue, Idlewild"): products, works, firms
// and bands read as places by their shape.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// placeAround are the words around a name that say it is a place's:
// prepositions ("across Darfur": prep), nouns before "of" ("the outskirts
// of Fallujah": of), nouns before "to" ("a trip to Darfur": to) and nouns
// after the name ("Soho residents": after); and the words before "in" that
// make it no place's ("starred in Deadwood": notin).
var placeAround = wordMap("placeAround")

// aroundKind reports whether placeAround gives word w the kind.
func aroundKind(w, kind string) bool {
	ks, ok := placeAround[w]
	if !ok {
		return false
	}
	for k := range strings.SplitSeq(ks, ",") {
		if k == kind {
			return true
		}
	}
	return false
}

// placeWords, a word of a name or the noun after it, make the name a
// place's ("Gidgealpa South field", "the Sheffield Hallam seat", "Thassos
// island"), besides placeHeads, placeNouns and gazetteer's place suffixes.
var placeWords = wordSet("placeWords")

// placesByEvidence types as things (no place) the names read as places
// (not a gazetteer's city or country) when no gazetteer knows them, the
// towns list does not or they open an organisation's name of the article,
// and none of their mentions in the article stands where a place does
// (placeEvidence) or is listed with a place that is one ("Resalat and
// Reshadat, about 60 miles from"). A name that opens an organisation's
// name is the organisation's ("Freeport" of "Freeport McMoran Inc"), and so
// is a name a post is of ("chairman of Credit Suisse", "Western's
// president"). The
// rules that typed a place by its cue made it sure.
func (x *extractor) placesByEvidence() {
	var opens map[string]string // the first words of organisations' names -> the name ("" for two)
	open := func(first, name string) {
		if full, ok := opens[first]; ok && full != name {
			name = ""
		}
		opens[first] = name
	}
	for k := range x.mentions {
		if m := &x.mentions[k]; m.typ == Organization && !m.nominal {
			if opens == nil {
				opens = map[string]string{}
			}
			for i := strings.IndexByte(m.name, ' '); i > 0; i = nextSpace(m.name, i) {
				open(m.name[:i], m.name)
			}
			// "Freeport" of "Freeport-McMoRan Inc"
			if h := strings.IndexByte(m.name, '-'); h > 0 && h+1 < len(m.name) && gazetteer.Capitalised(m.name[h+1:]) && !strings.Contains(m.name[:h], " ") {
				open(m.name[:h], m.name)
			}
		}
	}
	reading := func(m *mention) bool { // a place by its reading alone
		if _, ok := opens[m.name]; ok && m.typ == Place && !m.demonym && !m.nominal && !m.sure && m.bend == 0 {
			return firmOpenerPlace(m.name)
		}
		return unprovenPlace(m) && !towns().Has(m.name)
	}
	var ev map[string]bool // name -> a mention shows it is a place
	for k := range x.mentions {
		if m := &x.mentions[k]; reading(m) && !ev[m.name] {
			if ev == nil {
				ev = map[string]bool{}
			}
			ev[m.name] = x.placeEvidence(m)
		}
	}
	if ev == nil {
		return
	}
	// a name some mention of which is a place by its cue: "London
	// Heathrow (LHR)", the code named as the place
	for k := range x.mentions {
		if m := &x.mentions[k]; isPlace(m.typ) && !m.demonym && !m.nominal && !reading(m) {
			if _, ok := ev[m.name]; ok {
				ev[m.name] = true
			}
		}
	}
	// evidence spreads along lists and to a place's places ("the Temple in
	// Neasden, north west London"), a step a round
	for round, changed := 0, true; changed && round < 3; round++ {
		changed = false
		for k := range x.mentions {
			m := &x.mentions[k]
			if reading(m) && !ev[m.name] && (x.listedWithPlace(m, -1, ev) || x.listedWithPlace(m, 1, ev) || x.placeAfter(m.sent, m.end, ev)) {
				ev[m.name], changed = true, true
			}
		}
	}
	var body map[string]bool // names a title's "of" or possessive shows a body's
	for k := range x.mentions {
		if m := &x.mentions[k]; reading(m) && !ev[m.name] && x.titleBody(m) {
			if body == nil {
				body = map[string]bool{}
			}
			body[m.name] = true
		}
	}
	for k := range x.mentions {
		if m := &x.mentions[k]; reading(m) && !ev[m.name] {
			full, opener := opens[m.name]
			switch {
			case opener && full != "":
				// "Western" of "Western Savings and Loan Co": the firm's
				// mention by its first words, the short name its alias
				m.typ, m.alias, m.name = Organization, m.name, full
			case opener || body[m.name]:
				m.typ = Organization // "chairman of Credit Suisse"
			default:
				m.typ = Other
			}
		}
	}
}

// titleBody reports whether a post names mention m its body: a title
// before "of" and the name ("chairman of Credit Suisse"), or the name's
// possessive before a body's post ("Western's president", not "Gorbachev's
// aides").
func (x *extractor) titleBody(m *mention) bool {
	s := &x.sents[m.sent]
	toks := s.toks
	i := m.start - 1
	if i >= 0 && s.lower(i) == "the" {
		i--
	}
	if i >= 1 && s.lower(i) == "of" && !gazetteer.Capitalised(toks[i-1].Text) && isTitleHead(toks[i-1].Text) {
		return true
	}
	j := m.end
	return j+1 < len(toks) && toks[j].Tag == "POS" && aroundKind(s.lower(j+1), "post")
}

// firmOpenerPlace reports whether a name that opens an organisation's
// name of the article needs evidence to be a place: a region or a town a
// gazetteer knows ("Freeport" of "Freeport Sulphur Co", "Bay" of "Hudson's
// Bay Co") does, a country, a continent, a venue or a name a place word
// ends does not.
func firmOpenerPlace(name string) bool {
	if p, ok := gazetteer.Place(name); ok && (p.Class == gazetteer.ClassCountry || p.Class == gazetteer.ClassContinent || p.Class == gazetteer.ClassCity) {
		return false
	}
	return !venueName(name) && !placeWordName(name)
}

// closingQuote reports whether a token is a quotation mark that may close
// a name.
func closingQuote(t string) bool {
	switch t {
	case `"`, "''", "”", "’", "'":
		return true
	}
	return false
}

// nextSpace returns the index of the next space of s after index i, or -1.
func nextSpace(s string, i int) int {
	if k := strings.IndexByte(s[i+1:], ' '); k >= 0 {
		return i + 1 + k
	}
	return -1
}

// listedWithPlace reports whether the name listed next to mention m, before
// it (dir -1) or after it (dir 1), is a proven place: "the southern
// Ukraine and North Caucasus", "the Ukraine, northern North Caucasus, and
// the lower Volga". Adjectives of direction and "the" may open a name of
// the list.
func (x *extractor) listedWithPlace(m *mention, dir int, ev map[string]bool) bool {
	s := &x.sents[m.sent]
	toks := s.toks
	open := func(k, d int) int { // past "the", directions and adjectives
		for n := 0; k >= 0 && k < len(toks) && n < 3 && s.owner[k] < 0 && (s.lower(k) == "the" || directions[s.lower(k)] || toks[k].Tag == "JJ"); n++ {
			k += d
		}
		return k
	}
	k := m.end
	if dir < 0 {
		k = open(m.start-1, -1)
	}
	if k < 0 || k >= len(toks) {
		return false
	}
	if w := s.lower(k); w != "," && w != "and" && w != "or" {
		return false
	}
	if k+dir >= 0 && k+dir < len(toks) && (s.lower(k+dir) == "and" || s.lower(k+dir) == "or") {
		k += dir // ", and"
	}
	k += dir
	if dir > 0 {
		k = open(k, 1)
	}
	if dir < 0 && k > 0 && toks[k].Tag == "POS" {
		k-- // "Claridge's and the Connaught"
	}
	o := x.mentionAt(m.sent, k)
	if o == nil || dir > 0 && o.start != k || dir < 0 && o.end != k+1 {
		return false
	}
	return provenPlace(o, ev)
}

// unprovenPlace reports whether mention m is a place by its reading alone:
// typed Place (a gazetteer's city or country is typed City or Country), not
// sure, no part of a token, and its name no known place's and no place's
// by its words.
func unprovenPlace(m *mention) bool {
	if m.typ != Place || m.demonym || m.nominal || m.sure || m.bend != 0 {
		return false
	}
	return !knownPlaceName(m.name)
}

// provenPlace reports whether mention m is a place on evidence: a
// gazetteer's city or country, a known place's or town's name, or a name
// ev holds.
func provenPlace(m *mention, ev map[string]bool) bool {
	if m.demonym || !isPlace(m.typ) {
		return false
	}
	return !unprovenPlace(m) || towns().Has(m.name) || ev[m.name]
}

// knownPlaceName reports whether a name is a place's whatever its context:
// a gazetteer's place, a venue's name, or a name
// of two words or more a place word ends or follows ("Wolong Nature
// Reserve", "Rio Grande Valley of Texas") that holds no body's word.
func knownPlaceName(name string) bool {
	if _, ok := gazetteer.Place(name); ok {
		return true
	}
	return venueName(name) || placeWordName(name)
}

// placeWordName reports whether a name of two words or more holds a place
// word ("Wolong Nature Reserve", "Rio Grande Valley of Texas", "River
// Thames") and no body's word.
func placeWordName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if isPlaceWord(w) {
			return !bodyWords(name)
		}
	}
	return false
}

// isPlaceWord reports whether a word names a kind of place: "county",
// "valley", "island", "field", "seat".
func isPlaceWord(w string) bool {
	lw := lower(w)
	if placeHeads[lw] || placeWords[lw] || gazetteer.IsPlaceSuffix(w) {
		return true
	}
	_, ok := placeNouns[lw]
	return ok
}

// placeEvidence reports whether mention m stands where a place does: after
// a preposition of place as the head of its phrase ("in eastern Java", not
// "in the Jamesport Nuclear units"), after "the city of", before a place
// word ("Thassos island"), before a place after a comma or in brackets
// ("Temple, Texas", "Malvern, Pa."), before "in" and a place ("Bute Park
// in Cardiff"), before an airport's code that is not its acronym ("London
// Heathrow (LHR)", not "Assistive Mouse Adapter (AMA)"), next to a place in
// a list, or before a distance ("Resalat, about 60 miles from").
func (x *extractor) placeEvidence(m *mention) bool {
	si := m.sent
	s := &x.sents[si]
	toks := s.toks
	j := m.end
	if headsPhrase(s, j) && x.placePrepBefore(si, m.start) {
		return true
	}
	if _, ok := x.placeNounOf(si, m.start); ok || x.shoutedDateline(m) {
		return true // "the city of X", "TAYLORVILLE — The following"
	}
	if i := m.start; i >= 2 && s.lower(i-1) == "of" && !gazetteer.Capitalised(toks[i-2].Text) && isPlaceWord(toks[i-2].Text) {
		return true // "the South African homeland of Transkei"
	}
	if j < len(toks) && closingQuote(toks[j].Text) {
		j++ // `"Blue House" compound`
	}
	if j < len(toks) && !gazetteer.Capitalised(toks[j].Text) && (isPlaceWord(toks[j].Text) || aroundKind(s.lower(j), "after")) {
		return true // "Thassos island", "Darfur residents"
	}
	j = m.end
	if x.placeAfter(si, j, nil) || airportCode(s, j) && !codeOfInitials(toks[j+1].Text, m.name) {
		return true // "London Heathrow (LHR)", not "Assistive Mouse Adapter (AMA)": its acronym
	}
	if i := m.start; i >= 2 && toks[i-1].Text == "," && (facilityNouns[s.lower(i-2)] || isPlaceWord(toks[i-2].Text) && !gazetteer.Capitalised(toks[i-2].Text)) {
		return true
	}
	return distanceAfter(s, j) || distanceAfter(s, x.listEnd(si, j))
}

// listEnd returns the end of the list of names that token j of sentence si
// goes on with ("Resalat[ and Reshadat], about 60 miles"): j when no name
// of a list follows.
func (x *extractor) listEnd(si, j int) int {
	s := &x.sents[si]
	for n := 0; n < 6 && j+1 < len(s.toks); n++ {
		k := j + 1
		if w := s.lower(j); w != "," && w != "and" && w != "or" {
			break
		}
		if w := s.lower(k); w == "and" || w == "or" {
			k++
		}
		o := x.mentionAt(si, k)
		if o == nil || o.start != k {
			break
		}
		j = o.end
	}
	return j
}

// headsPhrase reports whether a name that ends before token j of sentence s
// heads its phrase: no common noun follows it ("the Jamesport Nuclear
// units"), but a place word ("Thassos island") or a day ("held at
// Government House yesterday") may.
func headsPhrase(s *sentence, j int) bool {
	toks := s.toks
	if j >= len(toks) || !strings.HasPrefix(toks[j].Tag, "NN") || gazetteer.Capitalised(toks[j].Text) || isPlaceWord(toks[j].Text) || timeWords[s.lower(j)] {
		return true
	}
	_, day := dayWords[s.lower(j)]
	return day
}

// placePrepBefore reports whether a preposition of place opens the phrase
// that token i of sentence si starts: "at Nowruz", "in the lower Rio
// Grande", "near El Centro", "across Darfur", "the outskirts of Fallujah";
// "to" after a verb of motion or a noun of travel ("flew to Kandahar"), not
// "from the Westerns to The Quiet Man"; "in" not after a word of works or
// holdings ("starred in Deadwood", "a stake in Amey").
func (x *extractor) placePrepBefore(si, i int) bool {
	s := &x.sents[si]
	k := i - 1
	for n := 0; k >= 0 && n < 3 && s.owner[k] < 0; n++ {
		w := s.lower(k)
		if w != "the" && !directions[w] && s.toks[k].Tag != "JJ" {
			break
		}
		k--
	}
	if k < 0 || s.owner[k] >= 0 {
		return false
	}
	switch w := s.lower(k); {
	case w == "to":
		// "flew to Kandahar", "a trip to Darfur", not "from the Westerns to The Quiet Man"
		return k > 0 && (motionVerbs[s.lower(k-1)] || aroundKind(s.lower(k-1), "to"))
	case w == "in" && k > 0 && aroundKind(s.lower(k-1), "notin"):
		return false // "starred in Deadwood", "a stake in Amey"
	case placePreps[w] || aroundKind(w, "prep"):
		return true
	case w == "of":
		// "the outskirts of Fallujah", "the people of Darfur"
		return k > 0 && aroundKind(s.lower(k-1), "of")
	}
	return false
}

// placeAfter reports whether a place follows token j of sentence si: a
// known place or a US state's abbreviation after a comma or in brackets
// ("Temple, Texas", "Malvern, Pa."), or "in" and a place ("Bute Park in
// Cardiff"): a known place, or one ev holds.
func (x *extractor) placeAfter(si, j int, ev map[string]bool) bool {
	s := &x.sents[si]
	toks := s.toks
	if j+1 >= len(toks) {
		return false
	}
	if toks[j].Text == "," || toks[j].Text == "(" {
		if stateAbbreviation(toks[j+1].Text) && usStates[strings.TrimSuffix(toks[j+1].Text, ".")] {
			return true
		}
		pm := x.mentionAt(si, j+1)
		return pm != nil && pm.start == j+1 && provenPlace(pm, ev)
	}
	if w := s.lower(j); w != "in" && w != "near" {
		return false
	}
	k := j + 1
	for k < len(toks) && (s.lower(k) == "the" || directions[s.lower(k)]) {
		k++
	}
	pm := x.mentionAt(si, k)
	return pm != nil && pm.start == k && provenPlace(pm, ev)
}

// distanceUnits measure how far places are.
var distanceUnits = map[string]bool{"miles": true, "mile": true, "km": true, "kms": true, "kilometres": true, "kilometers": true, "kilometre": true, "kilometer": true}

// distanceAfter reports whether a distance follows token j of sentence s,
// after a comma: "Resalat, about 60 miles from", "X, 50 km north of".
func distanceAfter(s *sentence, j int) bool {
	toks := s.toks
	if j >= len(toks) || toks[j].Text != "," {
		return false
	}
	k := j + 1
	if k < len(toks) && toks[k].Tag == "RB" || k < len(toks) && s.lower(k) == "some" {
		k++
	}
	return k+1 < len(toks) && toks[k].Tag == "CD" && distanceUnits[s.lower(k+1)]
}
