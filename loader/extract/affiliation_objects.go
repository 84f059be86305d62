package extract

// Body mentions that are no body a person works for or belongs to, whatever
// the title or the words before them: a nationality word read as a body
// ("Korean trade minister", "Welsh singer"), a chamber's name with its party
// word ("House Republican leader"), a firm's name cut at a slash ("San/Bar's
// director") or at the comma after its first partner ("Donaldson, Lufkin and
// Jenrette Inc analyst"), a firm's name glued to the next sentence's first
// word ("Biotechnology General Corp. Roche's Doorley said"), a body named
// after its city's possessive ("Philadelphia's Chase Cancer Center"). The roles read around a name (roles.go) and
// the relation model's works-for (related.go) ask notABody.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// abbreviatedForms are the legal forms written short with a stop ("Corp.",
// "Inc."), that end a firm's name.
var abbreviatedForms = wordSet("legalAbbreviations")

// nationWords are national adjectives of no one country the gazetteer
// names (demonym gives the rest): alone they name no body.
var nationWords = map[string]bool{"korean": true, "welsh": true, "scottish": true, "english": true, "arab": true, "kurdish": true, "basque": true, "catalan": true, "flemish": true, "european": true, "african": true, "asian": true, "latin": true, "scandinavian": true, "nordic": true}

// sideChambers are the chambers whose sides sideWords name.
var sideChambers = map[string]bool{"house": true, "senate": true}

// sideWords follow a chamber's name for a party's or the majority's side
// of it: "House Republican leader", "House Majority leader".
var sideWords = map[string]bool{"republican": true, "republicans": true, "democratic": true, "democrat": true, "democrats": true, "majority": true, "minority": true}

// notABody reports whether body mention m of sentence si is a fragment or a
// misreading no one works for.
func (x *extractor) notABody(si int, m *mention) bool {
	s := &x.sents[si]
	ws := strings.Fields(m.name)
	if len(ws) == 0 {
		return false
	}
	if cutAtAnd(s, m) { // affiliation_and_cut.go: "director of the Pew Internet and American Life Project", "of Hong Kong and Shanghai Banking Corp"
		return true
	}
	if x.placeFirmTitle(s, m) { // affiliation_place_firms.go: "Midland Chairman", "Georgia Power Chairman"
		return true
	}
	if nationPortfolio(s, m) || faithCommunity(m) { // affiliation_nation_portfolio.go, affiliation_faiths.go: "Wales Secretary", "the Maronite Christian leader"
		return true
	}
	if m.typ == Country {
		return false
	}
	if _, ok := demonym(m.name); m.typ == Organization && (ok && len(ws) == 1 || lowerIn(nationWords, m.name)) {
		return true
	}
	if len(ws) == 2 && lowerIn(sideChambers, ws[0]) && lowerIn(sideWords, ws[1]) {
		return true
	}
	if describingWord(ws) { // affiliation_modifiers.go: "Oscar-winning", "South Korean"
		return true
	}
	if m.typ == Organization && partyPortfolio(s, ws, m) { // affiliation_party_portfolio.go: "Labour Home Affairs"
		return true
	}
	if titlePortfolio(s, m) { // affiliation_portfolio.go: "Vice-President of Marketing Services"
		return true
	}
	if x.placeBeforeBodyNoun(s, m) || x.cutAfterPlace(s, m) { // affiliation_place_bodies.go: "Michigan party chairman", "Ontario Hydro"
		return true
	}
	if namedWork(s, m) || awardedFor(s, m) { // affiliation_works.go: "producer of the Matrix trilogy", "best actor for Kinsey"
		return true
	}
	if shadowPortfolio(s, m) { // affiliation_shadow.go: "Shadow Treasury chief secretary", "Shadow Europe minister"
		return true
	}
	if x.sectorOpening(si, m) { // affiliation_sector_words.go: "Bank analyst Michael Walsh at First Marathon"
		return true
	}
	if honourBody(s, m) { // affiliation_honours.go: "Olympic heptathlon champion"
		return true
	}
	if siteName(s, m) || partnerCut(s, m) || twoFormerBodies(s, m) { // affiliation_sites.go: "operator of the Oseberg field", "of Donaldson, Lufkin, Jenrette Inc", "former Free and Bad Company singer"
		return true
	}
	if committeeOfBody(s, m) { // affiliation_committees.go: "ODPM committee chairman"
		return true
	}
	if showBody(s, m) { // affiliation_shows.go: "Little Britain star", "American Idol presenter"
		return true
	}
	if slashCut(s, m) || m.end < len(s.toks) && strings.HasPrefix(s.toks[m.end].Text, "/") || m.start > 0 && strings.HasSuffix(s.toks[m.start-1].Text, "/") {
		return true
	}
	if m.start >= 2 && s.toks[m.start-1].Text == "," && gazetteer.Capitalised(s.toks[m.start-2].Text) && strings.Contains(m.name, " and ") && m.typ == Organization {
		return true
	}
	for k, w := range ws[:len(ws)-1] {
		if strings.HasSuffix(w, ".") && lowerIn(abbreviatedForms, strings.TrimSuffix(w, ".")) && !lowerIn(legalForms, strings.TrimSuffix(ws[k+1], ".")) {
			return true
		}
	}
	if i := strings.Index(m.name, "'s "); i > 0 && known(m.name[:i]) {
		return true
	}
	return false
}

// slashCut reports whether a mention's words hold a slash its name lost:
// "San/Bar" named "San" (not a legal form's letter: "Den Norske Creditbank
// A/S").
func slashCut(s *sentence, m *mention) bool {
	if strings.Contains(m.name, "/") {
		return false
	}
	for k := m.start; k < m.end && k < len(s.toks); k++ {
		w := s.toks[k].Text
		if i := strings.IndexByte(w, '/'); i >= 0 && len(w)-i > 2 && i > 1 {
			return true
		}
	}
	return false
}
