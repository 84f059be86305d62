package extract

// A politician's party named by its adjective or its member's noun next to
// the title or the state (issue 15): "Democratic Sens. Patrick Moynihan",
// "Republican Senator John Thune", "Senator Mark Warner, a Virginia
// Democrat", "Senator James Lankford, an Oklahoma Republican who". The
// word is a mention of the party (partyOf: "Democratic", "Democrat" and
// "Republican" name the Democratic and Republican parties); the roles read
// it as the person's affiliation.

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// partyMembers adds a mention of the party for a party word before a
// title and a name, and for a state and a party's member noun in an
// apposition; a person's name read over the state and the member noun
// ("a Virginia Democrat") gives way to them.
func (x *extractor) partyMembers() {
	type add struct{ si, place, party, n int }
	var adds []add
	drop := map[[2]int]bool{} // sentence and start of a person's name to drop
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		for i := 0; i+2 < len(s.toks); i++ {
			if s.owner[i] < 0 && (!capitalBefore(s, i) || x.placeEndsAt(si, i)) && partyAdjective(s, i) && x.titledNameAfter(si, i+1) {
				adds = append(adds, add{si, -1, i, 1})
			} else if n := x.partyTitleOpening(si, i); n > 0 {
				adds = append(adds, add{si, -1, i, n}) // names_party_titles.go: "Tory leader Michael Howard"
				if s.owner[i] >= 0 {
					drop[[2]int{si, i}] = true // the person "Lib Dem" read over the party word (personPartyWord)
				}
				if x.partyOpenings == nil {
					x.partyOpenings = map[[2]int]bool{}
				}
				x.partyOpenings[[2]int{si, i}] = true
				i += n - 1
			} else if x.personPartyModifier(si, i) { // names_party_people.go: "He underlined Lib Dem plans"
				n := x.mentions[s.owner[i]].end - i
				drop[[2]int{si, i}] = true
				adds = append(adds, add{si, -1, i, n})
				i += n - 1
			} else if n := x.partyApposition(si, i); n > 0 {
				adds = append(adds, add{si, -1, i, n}) // names_party_appositions.go: "Mark Oaten, Liberal Democrat home affairs spokesman,"
				i += n - 1
			} else if p, ok := x.stateMember(si, i); ok {
				if s.owner[i+1] >= 0 {
					drop[[2]int{si, i + 1}] = true
				}
				adds = append(adds, add{si, i + 1, p, 1})
			}
		}
	}
	if len(drop) > 0 {
		x.dropMentionsIf(func(m *mention) bool { return m.typ == Person && drop[[2]int{m.sent, m.start}] })
	}
	for _, a := range adds {
		if a.place >= 0 {
			x.addMention(a.si, a.place, a.party, Place, false) // typed by the gazetteer when resolved
		}
		x.addMention(a.si, a.party, a.party+a.n, Organization, false)
	}
}

// partyAdjective reports whether a token is a capitalised word naming a
// political party ("Democratic", "Republican", "Labour").
func partyAdjective(s *sentence, i int) bool {
	if t := s.toks[i]; !gazetteer.Capitalised(t.Text) || !(t.Tag == "JJ" || t.Tag == "NNP") {
		return false
	}
	_, ok := s.partyAt(i)
	return ok
}

// capitalBefore reports whether a capitalised word stands right before
// token i, other than a modifier or "The" opening the sentence: the party word is then part of a longer
// name ("Liberal Democrat MP") or of a title ("Senate Republican Leader",
// "Kansas Republican Congressman").
func capitalBefore(s *sentence, i int) bool {
	return i > 0 && gazetteer.Capitalised(s.toks[i-1].Text) && !(i == 1 && (titleModifiers[s.lower(0)] || s.lower(0) == "the"))
}

// placeEndsAt reports whether a place's mention ends right before token i
// of sentence si: "Nebraska Republican Reps." is a state, a party and a
// title, the party no word of the title.
func (x *extractor) placeEndsAt(si, i int) bool {
	s := &x.sents[si]
	if i == 0 || s.owner[i-1] < 0 {
		return false
	}
	m := &x.mentions[s.owner[i-1]]
	return isPlace(m.typ) && m.end == i
}

// legislatorTitles are the titles of a party's members in a legislature: the
// party word before them is the member's party ("Democratic Sens.",
// "Conservative MP"); before other titles it may be a portfolio ("Labor
// Minister") or part of the body's post ("Republican Leader").
var legislatorTitles = map[string]bool{"sen": true, "sens": true, "senator": true, "senators": true, "rep": true, "reps": true, "representative": true, "representatives": true, "congressman": true, "congresswoman": true, "congressmen": true, "lawmaker": true, "lawmakers": true, "legislator": true, "mp": true, "mps": true, "mep": true, "meps": true, "msp": true, "assemblyman": true, "assemblywoman": true, "councillor": true, "councilor": true}

// titledNameAfter reports whether a member's title (its word unowned) and a
// person's name follow from token k: "Sens. Patrick Moynihan", "Senator
// John Thune".
func (x *extractor) titledNameAfter(si, k int) bool {
	s := &x.sents[si]
	if k+1 >= len(s.toks) || s.owner[k] >= 0 || !legislatorTitles[strings.TrimSuffix(s.lower(k), ".")] || !gazetteer.Capitalised(s.toks[k].Text) {
		return false
	}
	m := x.mentionAt(si, k+1)
	return m != nil && m.start == k+1 && m.typ == Person
}

// stateMember reads ", [a|an|the] PLACE MEMBER" closed by punctuation or
// "who" from token i (the article), MEMBER a party's member noun
// ("Democrat", "Republican"), PLACE one word or two a gazetteer knows as a
// place, not a country: "a Virginia Democrat", "an Oklahoma Republican who".
// It returns the token where the member noun stands.
func (x *extractor) stateMember(si, i int) (int, bool) {
	s := &x.sents[si]
	toks := s.toks
	if i == 0 || toks[i-1].Text != "," {
		return 0, false
	}
	if w := s.lower(i); w != "a" && w != "an" && w != "the" {
		return 0, false
	}
	for n := 1; n <= 2; n++ {
		p := i + 1 + n // the member noun
		if p >= len(toks) || !partyMember(s, p) || p+1 < len(toks) && !closes(toks[p+1]) {
			continue
		}
		pl, ok := gazetteer.Place(x.span(si, i+1, p))
		if !ok || pl.Class == gazetteer.ClassCountry || pl.Class == gazetteer.ClassContinent || pl.Class == gazetteer.ClassRegion {
			continue
		}
		// the words stand alone, the state read as a place, or one
		// person's name read over them
		if k := s.owner[i+1]; k >= 0 && x.mentions[k].typ == Person && x.mentions[k].start == i+1 && x.mentions[k].end == p+1 {
			return p, true
		}
		if k := s.owner[p]; k >= 0 && !(x.mentions[k].typ == Organization && x.mentions[k].start == p && x.mentions[k].end == p+1) {
			continue // the member noun read as a name of its own
		}
		if k := s.owner[i+1]; k < 0 && s.owner[p-1] < 0 || k >= 0 && isPlace(x.mentions[k].typ) && x.mentions[k].start == i+1 && x.mentions[k].end == p {
			return p, true
		}
	}
	return 0, false
}

// partyMember reports whether a token is a party's member noun:
// "Democrat", "Republican" (the party's alias "Republicans" without its s).
func partyMember(s *sentence, i int) bool {
	t := s.toks[i]
	if !gazetteer.Capitalised(t.Text) || t.Tag != "NNP" && t.Tag != "NN" && t.Tag != "JJ" {
		return false
	}
	o, ok := s.partyAt(i)
	return ok && o.Name != t.Text
}
