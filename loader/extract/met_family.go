// Family occasions are no meetings: a wedding ("Spears married Federline"),
// a funeral, or a visit to one's own relative ("flew to New York to see her
// father", "visited his mother Jane Smith"). The event and its attendees
// stay; met, the claim that two parties sat down together, is not made.

package extract

import "strings"

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
// relative or partner: "her father Chris Anderson", "Blair's wife,
// Cherie", "her boyfriend Alastair Uhlig".
func (x *extractor) kinPair(a, b, si int) bool {
	for _, k := range x.sents[si].mentions {
		m := &x.mentions[k]
		if m.ent != a && m.ent != b {
			continue
		}
		other := a
		if m.ent == a {
			other = b
		}
		if x.kinOf(m) == other {
			return true
		}
	}
	return false
}

// kinOf returns whose relative person mention m is named as: the possessor
// before a kin noun right before the name or its title ("his wife,
// Transportation Secretary Elizabeth Dole"); -1 when none.
func (x *extractor) kinOf(m *mention) int {
	if m.typ != Person {
		return -1
	}
	si := m.sent
	s := &x.sents[si]
	j := x.titleLeft(si, m.start, m.typ) - 1
	if j >= 0 && s.toks[j].Text == "," {
		j--
	}
	if j < 1 || !kinNouns[s.lower(j)] && !partnerNouns[s.lower(j)] {
		return -1
	}
	p := j - 1
	for p > 0 && (s.toks[p].Tag == "CD" || s.toks[p].Tag == "JJ") {
		p-- // "his two sons", "her late husband"
	}
	switch w := s.lower(p); {
	case w == "his" || w == "her":
		return x.antecedent(si, p, true)
	case s.toks[p].Tag == "POS" || strings.HasSuffix(w, "'s"):
		if o := s.owner[p-1]; o >= 0 {
			return x.mentions[o].ent
		}
	}
	return -1
}
