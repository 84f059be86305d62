package resolve

import (
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// addGroups appends groups to the clustering's per-group tables (the
// per-group readings every stage reads: units, names' infos, original
// IRIs' infos, article numbers) and returns the index of the first. The
// units are not yet on union-find nodes: unitNodes gives them theirs.
func (c *clustering) addGroups(groups []*group) int {
	first := len(c.groups)
	if first == 0 { // the tables of a new clustering: one allocation each, the groups not copied
		c.groups = groups[:len(groups):len(groups)] // appending copies
		c.gnames = make([][]*nameInfo, 0, len(groups))
		c.art = make([]int32, 0, len(groups))
		c.raws = make([][]*rawInfo, 0, len(groups))
		c.units = make([][]unit, 0, len(groups))
	} else {
		c.groups = append(c.groups, groups...)
	}
	for _, g := range groups {
		names := make([]*nameInfo, len(g.names))
		for j, n := range g.names {
			names[j] = c.infos.of(n)
		}
		c.gnames = append(c.gnames, names)
	}
	// Articles by number: the maps and sets by article the stages keep are
	// keyed by it, not by the article's IRI (a long string hashed at each
	// look-up), in the order the articles first come.
	for _, g := range groups {
		id, ok := c.artIDs[g.article]
		if !ok {
			id = int32(len(c.artIDs))
			c.artIDs[g.article] = id
		}
		c.art = append(c.art, id)
	}
	c.articles = len(c.artIDs)
	for _, g := range groups {
		raws := make([]*rawInfo, len(g.raw)) // in the order of g.raw
		var units []unit
		for j, r := range g.raw {
			raws[j] = c.memo.of(r)
			u := raws[j].unit
			if u.kind == KindNone {
				continue
			}
			units = append(units, u)
			c.keyKinds[u.key] |= 1 << u.kind
		}
		c.raws = append(c.raws, raws)
		c.units = append(c.units, fullestFirst(units, g.node))
	}
	return first
}

// fullestFirst orders the units of a group of several original entities
// (two an article named apart that the store merged): the group goes where
// its fullest name goes, its first unit. Of names as full, the unit of its
// node's kind: the names of the group are read as that unit's (its
// acronyms and aliases in its family), as the earlier run that merged it
// decided ("U.S." of a place "United States" merged with an organisation
// "United States...The" of the same article is the place's acronym, not an
// organisation's).
func fullestFirst(units []unit, node quad.IRI) []unit {
	if len(units) < 2 {
		return units
	}
	nodeKind, _ := KindOf(node)
	sort.SliceStable(units, func(a, b int) bool {
		ua, ub := units[a], units[b]
		na, nb := len(strings.Fields(ua.key)), len(strings.Fields(ub.key))
		if na != nb {
			return na > nb
		}
		if (ua.kind == nodeKind) != (ub.kind == nodeKind) {
			return ua.kind == nodeKind
		}
		return ua.node < ub.node
	})
	return units
}
