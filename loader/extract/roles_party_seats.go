package extract

// A legislator's state before the party word and the title ("Nebraska
// Republican Rep. Jane Roe"): the title read backwards stops at the party,
// its affiliation, and the state before the party is the seat, a second
// affiliation (names_party_members.go reads the party word).

// seatBeforeParty adds the place named right before the party mention that
// is role r's affiliation, as a second affiliation of person, when r's
// title is a legislator's ("Rep.", "Senator", "MP").
func (x *extractor) seatBeforeParty(person, si int, r role) {
	if r.affil < 0 || r.title == "" || !lowerIn(legislatorTitles, trimStop(r.title)) {
		return
	}
	pm := &x.mentions[r.affil]
	s := &x.sents[si]
	if pm.sent != si || pm.typ != Organization || !x.placeEndsAt(si, pm.start) {
		return
	}
	if _, ok := s.partyAt(pm.start); !ok {
		return
	}
	x.addRole(person, role{affil: s.owner[pm.start-1]}, si)
}

// trimStop returns a title without its abbreviating stop: "Rep." is "Rep".
func trimStop(t string) string {
	if n := len(t); n > 0 && t[n-1] == '.' {
		return t[:n-1]
	}
	return t
}
