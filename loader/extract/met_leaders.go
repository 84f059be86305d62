// A country's leaders at a meeting (issue 11 item 6): "Reagan will meet the
// leaders of Britain, France, ..." names no leader, and a country is no
// party to met (met_places.go); when the article names the one leader of
// such a country ("Prime Minister Margaret Thatcher" of Britain), that
// leader is the party in the country's place.

package extract

import "github.com/newsgraph/newsgraph/graph/vocab"

// nationLeaderTitles are the whole titles of one who leads a nation.
var nationLeaderTitles = wordSet("nationLeaderTitles")

// leaderNouns name a country's leaders before "of" or after the country:
// "the leaders of Britain", "Japan's leader".
var leaderNouns = map[string]bool{"leader": true, "leaders": true}

// leadersInPlace returns people with each country attendee that the
// sentence names only through its leaders replaced by the one leader of it
// the article names, read in the country's sentence; a country whose
// leader the article does not name stays (and gets no met).
func (x *extractor) leadersInPlace(people []evFact) []evFact {
	var out []evFact
	for _, p := range people {
		if x.ents[p.ent].typ == Country && x.namedThroughLeaders(p) {
			if l := x.nationLeader(p.ent); l >= 0 {
				p = evFact{l, p.sent}
			}
		}
		out = append(out, p)
	}
	return out
}

// namedThroughLeaders reports whether every mention of country p in its
// sentence names its leaders: after "leaders of", maybe further along a
// list of names ("the leaders of Britain, France and Japan"), or before
// "leader" or "'s leader".
func (x *extractor) namedThroughLeaders(p evFact) bool {
	return x.atEveryMention(p, func(s *sentence, m *mention) bool {
		n := m.end
		if n < len(s.toks) && s.toks[n].Tag == "POS" {
			n++
		}
		if n < len(s.toks) && leaderNouns[s.lower(n)] {
			return true
		}
		// left over the list: names, commas, "and", "the"
		j := m.start - 1
		for j >= 0 {
			if o := x.mentionAt(p.sent, j); o != nil && o.ent >= 0 && isPlace(x.ents[o.ent].typ) {
				j = o.start - 1
				continue
			}
			if w := s.lower(j); w == "," || w == "and" || w == "the" {
				j--
				continue
			}
			break
		}
		return j >= 1 && s.lower(j) == "of" && leaderNouns[s.lower(j-1)]
	})
}

// nationLeader returns the one person of the article who holds a nation's
// leading title (nationLeaderTitles) of country c, or -1 when none or more
// than one does.
func (x *extractor) nationLeader(c int) int {
	found := -1
	for _, k := range x.order {
		if k.p != vocab.PJobTitle || k.s < 0 || x.ents[k.s].typ != Person || !x.ents[k.s].affil[c] || !lowerIn(nationLeaderTitles, k.lit) {
			continue
		}
		if found >= 0 && found != k.s {
			return -1
		}
		found = k.s
	}
	return found
}
