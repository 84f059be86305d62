package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// In a sports report a town's name that stands as a side is its club, by the
// sentence's shape, never by a list of clubs: "Newcastle v Tottenham",
// "Bolton host Arsenal", "Leicester will visit the winners" (no: the object
// is no name), "at home to either Tottenham or Nottingham Forest", "lost to
// Bath", "Leicester 2-1 Bolton", "Bath's win over Sale", "Bath prop Matt
// Stevens". A name so shown once is the club throughout the article (but
// "in Leicester" stays the town). The report is known by its words
// (sportsStoryWords, clubCues, sportsReportWords), read once per article.
// Countries stay countries (a national team is read as its country). In such
// a report a ground after "at" is a place ("at the Stade de France", "at
// Twickenham"), and a name read as a place whose first word is a given name
// no gazetteer knows is a player ("lost two props in Julian White and Phil
// Vickery").

var (
	sportsReportWords = wordSet("sportsReportWords")
	sideBefore        = wordSet("sideBefore")
	sidePairs         = wordSet("sidePairs")
	sideVerbs         = wordSet("sideVerbs")
	clubPlaces        = wordSet("clubPlaces")
)

// sportsReport reports whether the article is a sports report: five words
// of sportsStoryWords, clubCues and sportsReportWords, three different (a
// review of a band's line-up has its manager and fans: four).
func (x *extractor) sportsReport() bool {
	const bits = 1<<tlSportsStory | 1<<tlClubCues | 1<<tlSportsReport
	var seen [3]string
	n, d := 0, 0
	for si := range x.sents {
		s := &x.sents[si]
		for k := range s.toks {
			if s.lists[k]&bits == 0 {
				continue
			}
			n++
			if lw := s.lower(k); d < 3 && lw != seen[0] && lw != seen[1] {
				seen[d] = lw
				d++
			}
			if n >= 5 && d >= 3 {
				return true
			}
		}
	}
	return false
}

// sportsSides retypes the sides of a sports report's fixtures as clubs, its
// grounds after "at" as places and its players read as places as people.
func (x *extractor) sportsSides() {
	if !x.sportsReport() {
		return
	}
	var p *people
	clubs := map[string]bool{}
	for k := range x.mentions {
		m := &x.mentions[k]
		if clubs[m.name] || !sideCandidate(m) {
			continue
		}
		if m.typ == Person || m.typ == Other {
			if p == nil {
				p = x.peopleNamed()
			}
			if !x.townAsPerson(p, m) {
				continue
			}
		}
		if teamWordAlone(m) || x.sideShown(m) {
			clubs[m.name] = true
		}
	}
	if len(clubs) > 0 {
		x.conjunctSides(clubs)
		x.sideClubs = clubs
	}
	for k := range x.mentions {
		m := &x.mentions[k]
		switch {
		case clubs[m.name] && sideCandidate(m) && !x.afterIn(m):
			m.typ = Organization
			m.sure = true
		case x.groundAfterAt(m):
			m.typ = Place
			m.sure = true
		case playerReadAsPlace(m):
			m.typ = Person
		}
	}
}

// sideCandidate reports whether m may be a club named by its town: a place,
// a person or a miscellaneous name, no country, no street or ground (but a
// city's name and a place's word may be a club's).
func sideCandidate(m *mention) bool {
	if m.demonym || m.nominal || m.bend > 0 || m.typ != City && m.typ != Place && m.typ != Person && m.typ != Other {
		return false
	}
	if p, ok := gazetteer.Place(m.name); ok && p.Class == gazetteer.ClassCountry {
		return false
	}
	if _, ok := gazetteer.Country(m.name); ok {
		return false
	}
	f := strings.Fields(m.name)
	last := f[len(f)-1]
	if venueName(m.name) {
		return false
	}
	if !gazetteer.IsPlaceSuffix(last) && !placeNameEnd(last) {
		return true
	}
	// "Nottingham Forest", "Derby County": a city and a place's word, where
	// "White Hart Lane" and "Lansdowne Road" are grounds
	_, city := gazetteer.City(f[0])
	return len(f) == 2 && city
}

// townAsPerson reports whether a person's or miscellaneous name may be a
// club's: one word that a gazetteer knows as a town and that is no given
// name nor the surname of a person the article names in full ("Chelsea",
// not "Dent" after "Taylor Dent"), or a city and more words, the first no
// given name ("Manchester United", "Sale Sharks"), or a club's word alone
// ("United"); every word capitalised.
func (x *extractor) townAsPerson(p *people, m *mention) bool {
	f := strings.Fields(m.name)
	if lowerIn(givenNames, f[0]) {
		return false
	}
	for _, w := range f {
		if !gazetteer.Capitalised(w) {
			return false // "Williams 1-6,4-6"
		}
	}
	if len(f) == 1 {
		if lowerIn(teamWords, f[0]) {
			return true
		}
		if _, ok := p.surname(m.name); ok {
			return false
		}
		if m.start > 0 && isHonorific(x.sents[m.sent].lower(m.start-1)) {
			return false
		}
	}
	if len(f) > 1 {
		_, city := gazetteer.City(f[0])
		return city || lowerIn(teamWords, f[len(f)-1]) // not "German Wolfram Mulle"
	}
	if _, ok := gazetteer.Place(f[0]); ok {
		return true
	}
	return towns().Has(f[0])
}

// teamWordAlone reports whether m is a club's word alone ("United", "Rovers").
func teamWordAlone(m *mention) bool {
	return !strings.Contains(m.name, " ") && lowerIn(teamWords, m.name)
}

// sideShown reports whether the words around m make it a side: a side word
// or two before it, a score or "v" after it, the club's people after it,
// its win over another, or a side verb after it with a name for object.
func (x *extractor) sideShown(m *mention) bool {
	s := &x.sents[m.sent]
	toks := s.toks
	if i := m.start - 1; i >= 0 {
		if s.lower(i) == "either" && i > 0 {
			i--
		}
		w := s.lower(i)
		if sideBefore[w] || i > 0 && sidePairs[s.lower(i-1)+" "+w] {
			return true
		}
		if scoreToken(toks[i].Text) && i > 0 && s.owner[i-1] >= 0 {
			return true // "Leicester 2-1 Bolton"
		}
	}
	j := m.end
	if j >= len(toks) {
		return false
	}
	if toks[j].Tag == "POS" {
		// "Bath's win over Sale", "Leicester's coach"
		return j+2 < len(toks) && (clubMembers[s.lower(j+1)] || sidePairs[s.lower(j+1)+" "+s.lower(j+2)])
	}
	w := s.lower(j)
	switch {
	case w == "v" || w == "vs" || w == "versus":
		return true
	case clubMembers[w] && !gazetteer.Capitalised(toks[j].Text):
		return true // "Bath prop Matt Stevens"
	case scoreToken(toks[j].Text):
		return j+1 < len(toks) && s.owner[j+1] >= 0
	}
	return x.subjectSide(s, j)
}

// subjectSide reports whether the words from token j are a side verb, after
// auxiliaries and adverbs, with a name for object ("host Arsenal", "drew with
// Wasps", "will be at home to Tottenham").
func (x *extractor) subjectSide(s *sentence, j int) bool {
	toks := s.toks
	k := j
	for k < len(toks) && k < j+3 && (toks[k].Tag == "MD" || toks[k].Tag == "RB" || beVerbs[s.lower(k)]) {
		k++
	}
	if k+2 < len(toks) && s.lower(k) == "at" && s.lower(k+1) == "home" && s.lower(k+2) == "to" {
		return true
	}
	if k >= len(toks) || !sideVerbs[s.lower(k)] || !strings.HasPrefix(toks[k].Tag, "VB") {
		return false
	}
	k++
	if k < len(toks) && (s.lower(k) == "to" || s.lower(k) == "with" || s.lower(k) == "either") {
		k++
	}
	if k >= len(toks) || s.owner[k] < 0 {
		return false
	}
	o := &x.mentions[s.owner[k]]
	return o.typ != Event && !o.nominal
}

// conjunctSides adds to clubs the names joined by "or", "and" or a comma to
// a club's: "either Tottenham or Nottingham Forest", "Burnley or Blackburn v
// Leicester".
func (x *extractor) conjunctSides(clubs map[string]bool) {
	for pass := 0; pass < 2; pass++ {
		for si := range x.sents {
			s := &x.sents[si]
			for n := 1; n < len(s.mentions); n++ {
				a, b := &x.mentions[s.mentions[n-1]], &x.mentions[s.mentions[n]]
				if b.start != a.end+1 || clubs[a.name] == clubs[b.name] {
					continue
				}
				if w := s.lower(a.end); w != "or" && w != "and" && w != "," {
					continue
				}
				for _, m := range []*mention{a, b} {
					if !clubs[m.name] && sideCandidate(m) && (m.typ == City || m.typ == Place || teamWordAlone(m)) {
						clubs[m.name] = true
					}
				}
			}
		}
	}
}

// afterIn reports whether m follows "in": "the match in Leicester" is the
// town.
func (x *extractor) afterIn(m *mention) bool {
	return m.start > 0 && x.sents[m.sent].lower(m.start-1) == "in"
}

// groundAfterAt reports whether m is a ground after "at" ("at the Stade de
// France", "at Lansdowne Road", "at Twickenham"): a name read as a body, a
// person or a miscellaneous name whose words are a ground's, or one word
// read as a miscellaneous name that is no club's.
func (x *extractor) groundAfterAt(m *mention) bool {
	if m.demonym || m.nominal || m.bend > 0 || m.typ != Organization && m.typ != Other && m.typ != Person {
		return false
	}
	s := &x.sents[m.sent]
	i := m.start - 1
	if i >= 0 && s.lower(i) == "the" {
		i--
	}
	if i < 0 || s.lower(i) != "at" {
		return false
	}
	f := strings.Fields(m.name)
	if len(f) > 2 && lowerIn(clubPlaces, f[0]) && lowerIn(nameParticles, f[1]) || len(f) > 1 && !lowerIn(givenNames, f[0]) && (placeNameEnd(f[len(f)-1]) || venueName(m.name)) {
		return true // "the Stade de France", not the club "Stade Toulousain"
	}
	// a one-word name no recogniser could type, after "at" in a sports
	// report, names where the match was played ("at Twickenham"), but
	// not after "away" ("lost away at Fenerbahce": the club), nor a
	// club's word ("at City"), nor a name the article reads as a body
	// elsewhere ("at Chelsea")
	if m.typ != Other || len(f) > 1 || i > 0 && s.lower(i-1) == "away" || lowerIn(teamWords, m.name) || lowerIs(m.name, "city") {
		return false
	}
	if m.end < len(s.toks) && strings.HasPrefix(s.toks[m.end].Tag, "NN") && !gazetteer.Capitalised(s.toks[m.end].Text) {
		return false // "at the Painkiller game": the name of a thing
	}
	return !x.bodyElsewhere(m.name)
}

// bodyElsewhere reports whether a mention of the article reads name as a
// body.
func (x *extractor) bodyElsewhere(name string) bool {
	for k := range x.mentions {
		if m := &x.mentions[k]; m.typ == Organization && m.name == name {
			return true
		}
	}
	return false
}

// playerReadAsPlace reports whether m, read as a place, is a person's name:
// two or three words, the first a given name and no town, the last a
// surname, that no gazetteer knows and that end in no place's word ("Julian
// White", not "Sydney International" nor "Flora Lite").
func playerReadAsPlace(m *mention) bool {
	if m.typ != Place || m.demonym || m.nominal || m.sure || m.bend > 0 {
		return false
	}
	f := strings.Fields(m.name)
	if len(f) < 2 || len(f) > 3 || !lowerIn(givenNames, f[0]) || !lowerIn(surnames, f[len(f)-1]) {
		return false
	}
	if gazetteer.IsPlaceSuffix(f[len(f)-1]) || placeNameEnd(f[len(f)-1]) || venueName(m.name) || towns().Has(m.name) || towns().Has(f[0]) {
		return false
	}
	if _, ok := gazetteer.Place(f[0]); ok {
		return false // "the Sydney International": a town's
	}
	_, ok := gazetteer.Place(m.name)
	return !ok
}

// scoreToken reports whether w is a score: "2-1", "24-17".
func scoreToken(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && len(a) <= 2 && len(b) <= 2 && allDigits(a) && allDigits(b)
}
