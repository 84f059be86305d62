package resolve

import (
	"fmt"
	"slices"
	"sync/atomic"
)

// Rules 1 and 2 from a kept state: joinSameKeys is a function of the
// union-find's nodes and of which are a legal name's and a person's only,
// and each join it makes is between two nodes one of three relations ties
// (one squashed key; a country word's rest; one typo block). So when the
// nodes of this run are the kept run's with some added, gone or of other
// flags (the dirty nodes), every cluster that holds no dirty node and no
// node related to one joins as it did, with the same root and reasons; the
// others are joined again (joinSameKeys over them, in the same order):
// the closure of the dirty nodes under the relations and the kept clusters.

// sameKeysMemo counts what the rules 1 and 2 of each clustering did, for
// tests and measures: how many nodes were read from a kept state and how
// many joined again.
var sameKeysMemo struct{ kept, joined atomic.Int64 }

// joinSameKeysFrom is joinSameKeys over every node of the union-find, the
// clusters no dirty node touches taken from prior.
func (c *clustering) joinSameKeysFrom(prior *sameKeysState) {
	before := make(map[string]string, len(c.uf.parent))
	if verifyKept {
		for n, p := range c.uf.parent {
			before[n] = p
		}
	}
	again := c.sameKeysDirty(prior)
	for _, p := range prior.nodes {
		if _, ok := again[p.node]; ok {
			continue
		}
		c.uf.parent[p.node] = p.root
		if p.reason != "" {
			c.reason[p.node] = p.reason
		}
	}
	nodes := make([]string, 0, len(again))
	for n := range again {
		if _, ok := c.uf.parent[n]; ok {
			nodes = append(nodes, n)
		}
	}
	slices.Sort(nodes)
	c.joinSameKeys(nodes)
	sameKeysMemo.kept.Add(int64(len(c.uf.parent) - len(nodes)))
	sameKeysMemo.joined.Add(int64(len(nodes)))
	if verifyKept {
		c.checkSameKeys(before)
	}
}

// sameKeysDirty returns the nodes whose clusters rules 1 and 2 decide
// again: the closure of the dirty nodes (this run's nodes not kept, or
// kept with other flags, and kept nodes gone) under the three relations of
// rule 1 and the kept clusters. Gone nodes are in it too.
func (c *clustering) sameKeysDirty(prior *sameKeysState) map[string]struct{} {
	kept := make(map[string]*keptNode, len(prior.nodes))
	members := map[string][]string{} // kept root -> its nodes, for clusters of several
	for i := range prior.nodes {
		p := &prior.nodes[i]
		kept[p.node] = p
		if p.root != p.node {
			if members[p.root] == nil {
				members[p.root] = []string{p.root}
			}
			members[p.root] = append(members[p.root], p.node)
		}
	}
	out := map[string]struct{}{}
	var queue []string
	add := func(n string) {
		if _, ok := out[n]; !ok {
			out[n] = struct{}{}
			queue = append(queue, n)
		}
	}
	for n := range c.uf.parent {
		if p := kept[n]; p == nil || p.legal != c.legal[n] || p.person != c.isPerson[n] {
			add(n)
		}
	}
	for n := range kept {
		if _, ok := c.uf.parent[n]; !ok {
			add(n)
		}
	}
	// The relations among this run's nodes, found for the keys asked.
	partners := newSamePartners(c)
	related := func(n string, legal, person bool) {
		if rest := countryRest(n, legal); rest != "" {
			if _, ok := c.uf.parent[rest]; ok {
				add(rest)
			}
		}
		partners.ask(n, person)
	}
	for {
		for len(queue) > 0 {
			n := queue[len(queue)-1]
			queue = queue[:len(queue)-1]
			if _, ok := c.uf.parent[n]; ok {
				related(n, c.legal[n], c.isPerson[n])
			}
			if p := kept[n]; p != nil {
				// Its relations as the kept run read them (other flags, or gone).
				related(n, p.legal, p.person)
				for _, x := range members[p.root] {
					add(x)
				}
			}
		}
		if !partners.find(add) {
			return out
		}
	}
}

// sameKeysState returns rules 1 and 2's state of this clustering, to keep:
// call it after joinSameKeys, before any later join.
func (c *clustering) sameKeysState() sameKeysState {
	nodes := sortedKeys(c.uf.parent)
	out := make([]keptNode, len(nodes))
	for i, n := range nodes {
		out[i] = keptNode{node: n, root: c.uf.find(n), reason: c.reason[n], legal: c.legal[n], person: c.isPerson[n]}
	}
	return sameKeysState{nodes: out}
}

// verifyKept makes every clustering that starts from a kept state cluster
// the whole store too and panic when the two differ (the package's tests
// set it).
var verifyKept bool

// checkSameKeys joins the nodes of parents (the union-find before rules 1
// and 2) by joinSameKeys and panics when a root or reason differs from c's.
func (c *clustering) checkSameKeys(parents map[string]string) {
	w := &clustering{uf: &unionFind{parent: parents}, reason: map[string]string{}, legal: c.legal, isPerson: c.isPerson}
	w.joinSameKeys(sortedKeys(parents))
	for n := range parents {
		if a, b := c.uf.find(n), w.uf.find(n); a != b || c.reason[n] != w.reason[n] {
			panic(fmt.Sprintf("rules 1 and 2 from the kept state differ from the whole clustering at %q: root %q reason %q, whole %q %q",
				n, a, c.reason[n], b, w.reason[n]))
		}
	}
}
