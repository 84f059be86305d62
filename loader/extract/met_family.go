// Family occasions are no meetings: a wedding ("Spears married Federline"),
// a funeral. The event and its attendees stay; met, the claim that two
// parties sat down together, is not made. A visit to one's relative
// ("flew to New York to see her father", "visited his mother, Jane Smith")
// is a meeting (events_kin_visits.go), but two relatives on one side of an
// event ("Blair and his wife Cherie met the Pope") did not meet by it.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// familyEventWords name family occasions: the wedding verbs (weddingVerbs)
// and these nouns.
var familyEventWords = map[string]bool{"wedding": true, "weddings": true, "funeral": true, "funerals": true,
	"burial": true, "christening": true, "tied": true}

// familyEvent reports whether every trigger of ev names a family occasion.
func (x *extractor) familyEvent(ev *event) bool {
	if len(ev.triggers) == 0 {
		return false
	}
	for _, tr := range ev.triggers {
		w := x.sents[tr.sent].lower(tr.start)
		if !familyEventWords[w] && !weddingVerbs[w] {
			return false
		}
	}
	return true
}

// partnerNouns name one's partner, as close as kin: "her boyfriend
// Alastair Uhlig travelled from London to meet Zoe".
var partnerNouns = map[string]bool{"boyfriend": true, "girlfriend": true, "fiance": true, "fiancee": true, "fiancé": true, "fiancée": true}

// kinPair reports whether a or b is named in sentence si as the other's
// relative or partner, both on one side of ev: "her father Chris
// Anderson", "Blair's wife, Cherie", "her boyfriend Alastair Uhlig
// travelled from London to meet Zoe". A relative whom the other visits or
// meets ("visited his mother, Mary Jones, in hospital") met them
// (kinVisited).
func (x *extractor) kinPair(ev *event, a, b, si int) bool {
	for _, k := range x.sents[si].mentions {
		m := &x.mentions[k]
		if m.ent != a && m.ent != b {
			continue
		}
		other := a
		if m.ent == a {
			other = b
		}
		if x.kinOf(m) == other && !x.kinVisited(ev, m, other) {
			return true
		}
	}
	return false
}

// kinVisited reports whether relative mention m is the object of a verb of
// ev's (visited, met, saw) whose subject is kin, the relative's kin named
// before the verb or not at all ("He visited his mother, Mary Jones").
func (x *extractor) kinVisited(ev *event, m *mention, kin int) bool {
	toks := x.sents[m.sent].toks
	for _, tr := range ev.triggers {
		if tr.sent != m.sent || tr.start >= m.start || m.start-tr.start > 6 || !strings.HasPrefix(toks[tr.start].Tag, "VB") {
			continue
		}
		after := false
		for _, k := range x.entityMentionsIn(kin, m.sent) {
			after = after || x.mentions[k].start > tr.start
		}
		if !after {
			return true
		}
	}
	return false
}

// namedKin returns the one person the article names as owner's relative by
// kin noun ("her wealthy father, Chris Anderson" for owner Zoe and
// "father"), or -1 when none or several.
func (x *extractor) namedKin(owner int, noun string) int {
	found := -1
	for k := range x.mentions {
		m := &x.mentions[k]
		if m.typ != Person || m.ent < 0 || m.ent == owner {
			continue
		}
		if o, n := x.kinNounOf(m); o == owner && n == noun {
			if found >= 0 && found != m.ent {
				return -1
			}
			found = m.ent
		}
	}
	return found
}

// kinOf returns whose relative person mention m is named as: the possessor
// before a kin noun right before the name or its title ("his wife,
// Transportation Secretary Elizabeth Dole"); -1 when none.
func (x *extractor) kinOf(m *mention) int {
	owner, _ := x.kinNounOf(m)
	return owner
}

// kinNounOf returns whose relative person mention m is named as (see kinOf)
// and the kin noun that says so ("father" in "her wealthy father, Chris
// Anderson"); -1 and "" when none.
func (x *extractor) kinNounOf(m *mention) (int, string) {
	if m.typ != Person {
		return -1, ""
	}
	si := m.sent
	s := &x.sents[si]
	j := x.titleLeft(si, m.start, m.typ) - 1
	kin := func(k int) bool { return k >= 1 && (kinNouns[s.lower(k)] || partnerNouns[s.lower(k)]) }
	// "her father, banker Karl Brenner": past a trade the titles leave
	if j >= 2 && !kin(j) && s.toks[j].Tag == "NN" && !gazetteer.Capitalised(s.toks[j].Text) {
		j--
	}
	if j >= 0 && s.toks[j].Text == "," {
		j--
	}
	if !kin(j) {
		return -1, ""
	}
	noun := s.lower(j)
	p := j - 1
	for p > 0 && (s.toks[p].Tag == "CD" || s.toks[p].Tag == "JJ") {
		p-- // "his two sons", "her late husband"
	}
	switch w := s.lower(p); {
	case w == "his" || w == "her":
		return x.antecedent(si, p, true), noun
	case s.toks[p].Tag == "POS" || strings.HasSuffix(w, "'s"):
		if o := s.owner[p-1]; o >= 0 {
			return x.mentions[o].ent, noun
		}
	}
	return -1, ""
}
