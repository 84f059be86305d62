package extract

// A party's member noun after a chamber's name ("Bruce Morrison, a House
// Democrat from Connecticut", "a New York Senate Republican") describes a
// person: a Democrat of the House. The words read together are no body's
// name; the member noun alone names the party (names_party_members.go), so
// the person's affiliation is the party and a later "a Texas Democrat" is
// not read as the chamber's member (issue 11 point 5).

import "github.com/newsgraph/newsgraph/loader/gazetteer"

// chamberMembers cuts a body's or other name's mention that ends with a chamber
// (chamberWords, names_party_places.go)
// and a party's member noun down to the member noun, a mention of the party.
func (x *extractor) chamberMembers() {
	type cut struct{ si, member int }
	var cuts []cut
	x.dropMentionsIf(func(m *mention) bool {
		if m.typ != Organization && m.typ != Other || m.end-m.start < 2 {
			return false
		}
		s := &x.sents[m.sent]
		last := m.end - 1
		if !partyMember(s, last) || !chamberWords[s.lower(last-1)] || !gazetteer.Capitalised(s.toks[last-1].Text) {
			return false
		}
		cuts = append(cuts, cut{m.sent, last})
		return true
	})
	for _, c := range cuts {
		x.addMention(c.si, c.member, c.member+1, Organization, false)
	}
}
