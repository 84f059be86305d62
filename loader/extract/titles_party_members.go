package extract

import "strings"

// A party's member holds no post in it: "CDU member Hans Tietmeyer", "Poehl
// is a member of the Social Democratic Party (SPD)", "New Democratic Party
// member Michael Cassidy" say the person belongs to the party (the
// affiliation), and "member" is no job title a careful reader writes for
// it. "Board member Leonhard Gleske" and "MPC member Paul Tucker" keep
// theirs: a board's or a committee's seat is a post.

// partyNames are parties named alone that the gazetteer does not class
// (data/partyNames.txt).
var partyNames = wordSet("partyNames")

// partyMembership reports whether title, read with the affiliation of
// mention affil (or -1), says only that the person belongs to a political
// party: its head is "member" and the words before it are a party's
// ("Republican member", "Labour Party member") or modifiers ("senior",
// "former"), and the affiliation, when there is one, is a party.
func (x *extractor) partyMembership(title string, affil int) bool {
	ws := strings.Fields(title)
	if len(ws) == 0 || !lowerIs(ws[len(ws)-1], "member") {
		return false
	}
	partyInTitle := false
	for _, w := range ws[:len(ws)-1] {
		lw := lower(w)
		switch {
		case partyWord(w) || partyNames[w] || partyNouns[lw]:
			partyInTitle = true
		case titleModifiers[lw] || lw == "ordinary" || lw == "rank-and-file" || lw == "card-carrying":
		default:
			return false
		}
	}
	if affil < 0 {
		return partyInTitle
	}
	a := x.mentions[affil].ent
	return a >= 0 && x.partyBody(a)
}

// partyBody reports whether entity a is a political party: the gazetteer
// classes it so, its name ends in a party noun ("Popular Democratic
// Movement", "the Liberal party"), or it is a party data/partyNames.txt
// lists, by its name or an alias ("Social Democratic Party (SPD)").
func (x *extractor) partyBody(a int) bool {
	e := x.ents[a]
	if e.typ != Organization {
		return false
	}
	for _, n := range append([]string{e.name}, e.aliases...) {
		if partyNames[n] {
			return true
		}
		if o, ok := orgLookup(n); ok && o.Class == "PoliticalParty" {
			return true
		}
		if f := strings.Fields(n); len(f) > 1 && lowerIn(partyNouns, f[len(f)-1]) {
			return true
		}
	}
	return false
}
