package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// In a sports story a town's name is mostly its club: "Hoddle was manager at
// Southampton", "linked with Real Madrid, Barcelona and Valencia". The story
// is known by its words (clubCues), never by names; a town named after "in"
// stays a place ("the match in London"), as do countries (national teams
// are read as their country) and grounds ("White Hart Lane").

// clubCues are the words of stories about clubs.
var clubCues = wordSet("clubCues")

// sportsClubs retypes the towns of a sports story as organisations.
func (x *extractor) sportsClubs() {
	seen := map[string]bool{}
	n := 0
	for si := range x.sents {
		s := &x.sents[si]
		for i := range s.toks {
			if s.in(i, tlClubCues) {
				lw := s.lower(i)
				seen[lw] = true
				n++
			}
		}
	}
	if n < 5 || len(seen) < 3 {
		return
	}
	p := x.peopleNamed()
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.demonym || m.bend > 0 || m.nominal {
			continue
		}
		if x.clubByContext(p, m) { // clubs_context.go
			m.typ = Organization
			m.sure = true
			continue
		}
		// a town read as a person: "Chelsea", "Tottenham"
		_, town := gazetteer.Place(m.name)
		if !(m.typ == City || m.typ == Place || m.typ == Person && town && !strings.Contains(m.name, " ")) {
			continue
		}
		if p, ok := gazetteer.Place(m.name); ok && p.Class == gazetteer.ClassCountry {
			continue
		}
		if _, ok := gazetteer.Country(m.name); ok {
			continue
		}
		f := strings.Fields(m.name)
		if gazetteer.IsPlaceSuffix(f[len(f)-1]) || len(f) > 1 && placeNameEnd(f[len(f)-1]) {
			continue
		}
		toks := x.sents[m.sent].toks
		if p := m.start - 1; p >= 0 && lowerIs(toks[p].Text, "in") {
			continue
		}
		// "the London club": the town of a club; but "the Madrid
		// president" is the club's (clubs_context.go)
		if m.end < len(toks) && (strings.HasPrefix(toks[m.end].Tag, "NN") || lowerIn(clubCues, toks[m.end].Text)) && !gazetteer.Capitalised(toks[m.end].Text) && !lowerIn(clubMembers, toks[m.end].Text) {
			continue
		}
		// "come to London on Thursday": a capital is a club only so shown
		if capitalTown(m) && !x.clubShown(m) {
			continue
		}
		m.typ = Organization
		m.sure = true
	}
}
