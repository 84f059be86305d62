package resolve

import (
	"fmt"
	"slices"
	"strings"
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
// clusters no dirty node touches taken from prior; nodes are the
// union-find's nodes, sorted.
func (c *clustering) joinSameKeysFrom(prior *sameKeysState, nodes []string) {
	var before map[string]string
	if verifyKept {
		before = make(map[string]string, len(c.uf.parent))
		for n, p := range c.uf.parent {
			before[n] = p
		}
	}
	again := c.sameKeysDirty(prior, nodes)
	for _, p := range prior.nodes {
		if _, ok := again[p.node]; ok {
			continue
		}
		// Every node is its own root until rule 1 (unitNodes joins none):
		// only the nodes of kept clusters of several are written.
		if p.root != p.node {
			c.uf.parent[p.node] = p.root
		}
		if p.reason != "" {
			c.reason[p.node] = p.reason
		}
	}
	redo := make([]string, 0, len(again))
	for n := range again {
		if _, ok := c.uf.parent[n]; ok {
			redo = append(redo, n)
		}
	}
	slices.Sort(redo)
	c.joinSameKeys(redo)
	sameKeysMemo.kept.Add(int64(len(c.uf.parent) - len(redo)))
	sameKeysMemo.joined.Add(int64(len(redo)))
	if verifyKept {
		c.checkSameKeys(before)
	}
}

// sameKeysDirty returns the nodes whose clusters rules 1 and 2 decide
// again: the closure of the dirty nodes (this run's nodes not kept, or
// kept with other flags, and kept nodes gone) under the three relations of
// rule 1 and the kept clusters. Gone nodes are in it too. nodes are this
// run's nodes, sorted: the dirty ones are found by walking them beside the
// kept ones (sorted too), with no map over either.
func (c *clustering) sameKeysDirty(prior *sameKeysState, nodes []string) map[string]struct{} {
	out := map[string]struct{}{}
	var queue []string
	add := func(n string) {
		if _, ok := out[n]; !ok {
			out[n] = struct{}{}
			queue = append(queue, n)
		}
	}
	kn := prior.nodes
	for i, j := 0, 0; i < len(nodes) || j < len(kn); {
		switch {
		case j == len(kn) || i < len(nodes) && nodes[i] < kn[j].node:
			add(nodes[i]) // new
			i++
		case i == len(nodes) || kn[j].node < nodes[i]:
			add(kn[j].node) // gone
			j++
		default:
			if n := nodes[i]; kn[j].legal != c.legal[n] || kn[j].person != c.isPerson[n] {
				add(n)
			}
			i++
			j++
		}
	}
	kept := func(n string) *keptNode {
		if j, ok := slices.BinarySearchFunc(kn, n, func(p keptNode, n string) int { return strings.Compare(p.node, n) }); ok {
			return &kn[j]
		}
		return nil
	}
	members := keptMembers(kn)
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
			if p := kept(n); p != nil {
				// Its relations as the kept run read them (other flags, or gone).
				related(n, p.legal, p.person)
				add(p.root) // its kept cluster: the root and its members
				for _, x := range members.of(p.root) {
					add(x.node)
				}
			}
		}
		if !partners.find(add) {
			return out
		}
	}
}

// keptClusters are the kept nodes that are not their own root, sorted by
// root then node: a kept cluster of several is its root and these.
type keptClusters []keptNode

func keptMembers(nodes []keptNode) keptClusters {
	var out keptClusters
	for _, p := range nodes {
		if p.root != p.node {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b keptNode) int {
		if d := strings.Compare(a.root, b.root); d != 0 {
			return d
		}
		return strings.Compare(a.node, b.node)
	})
	return out
}

// of returns the nodes of the kept cluster rooted at root other than root.
func (k keptClusters) of(root string) []keptNode {
	lo, _ := slices.BinarySearchFunc(k, root, func(p keptNode, r string) int { return strings.Compare(p.root, r) })
	hi := lo
	for hi < len(k) && k[hi].root == root {
		hi++
	}
	return k[lo:hi]
}

// sameKeysState returns rules 1 and 2's state of this clustering, to keep:
// call it after joinSameKeys, before any later join.
func (c *clustering) sameKeysState() sameKeysState {
	nodes := c.sameNodes // rule 1 joins nodes, it makes none
	if len(nodes) != len(c.uf.parent) {
		nodes = sortedKeys(c.uf.parent)
	}
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
