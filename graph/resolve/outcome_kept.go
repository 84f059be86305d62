package resolve

import (
	"cmp"
	"fmt"
	"slices"
	"sync/atomic"

	"github.com/cayleygraph/quad"
)

// Rule 7 from a kept state: a cluster's target is a function of its tally
// (decide_tally.go) and, for a few clusters, of store-wide sets
// (decide's asked). A clustering keeps, for every cluster, its target and
// (for clusters of keptTallyMin groups or more) its tally, under the set of
// its groups: a hash of their identities and contents (groupHash), so that
// a cluster is found again whatever its root is named now (a root is the
// smallest key of its component: a batch that brings a smaller key renames
// it). As rule 3 does, it leaves out the groups of the articles the
// resolution's rewrite touched (they are other groups after it): their
// hashes, and their counts from the tally.
//
// The next clustering reads each cluster's groups as old or again: fresh
// (groupSource.fresh: read from the quads added since, group.tail, or of
// an article the last rewrite touched, as rule 3's state keeps them).
// When its old groups are exactly a kept cluster's (the same hash and
// number), then
//   - with no group again, the kept target holds when the kept cluster had
//     no touched group and its decision read no store-wide set;
//   - else its tally is the kept tally plus the again groups' (when none of
//     their articles has old groups in the cluster: names are counted by
//     distinct articles), and rule 7 decides from it;
//
// every other cluster is counted from its groups.

// keptTallyMin is the least number of groups of a cluster whose tally a
// clustering keeps: a smaller cluster is counted again from its groups
// when it changes (as cheap as reading a kept tally).
var keptTallyMin = 8

// clusterKept is rule 7's kept state.
type clusterKept struct {
	clusters []keptCluster // sorted by hash, each hash once
	hashes   []uint64      // their hashes, to search
}

// newClusterKept returns the kept state of clusters, in any order: those
// of a hash another has too are left out (neither would be found again).
func newClusterKept(clusters []keptCluster) *clusterKept {
	slices.SortFunc(clusters, func(a, b keptCluster) int { return cmp.Compare(a.hash, b.hash) })
	for i := 1; i < len(clusters); i++ {
		if clusters[i].hash == clusters[i-1].hash {
			clusters[i].groups, clusters[i-1].groups = -1, -1
		}
	}
	clusters = slices.DeleteFunc(clusters, func(e keptCluster) bool { return e.groups < 0 })
	k := &clusterKept{clusters: clusters, hashes: make([]uint64, len(clusters))}
	for i, e := range clusters {
		k.hashes[i] = e.hash
	}
	return k
}

// find returns the kept cluster of hash h, nil when there is none.
func (k *clusterKept) find(h uint64) *keptCluster {
	i, ok := slices.BinarySearch(k.hashes, h)
	if !ok {
		return nil
	}
	return &k.clusters[i]
}

// keptCluster is one cluster of clusterKept.
type keptCluster struct {
	hash   uint64 // of its groups not of touched articles (the XOR of their groupHash)
	groups int    // its groups not of touched articles
	target target // rule 7's decision (no rule)
	exact  bool   // the target is of these groups (none was touched)
	asked  bool   // the decision read a store-wide set
	tally  *tally // of these groups; nil for a small cluster
}

// clusterWork is what a clustering keeps until its resolution's rewrite
// is known (keepClusters): not the clustering, whose memory goes before
// the rewrite.
type clusterWork struct {
	groups   []*group
	art      []int32  // each group's article, by number
	articles int      // how many articles
	hash     []uint64 // each group's groupHash
	clusters []workCluster
}

// workCluster is a cluster of a clustering and rule 7's decision of it.
type workCluster struct {
	idx []int // its groups
	decidedCluster
	// The tallies of the groups of each article the rewrite will likely
	// touch (those of a fresh group or of a group that moves), for a
	// cluster whose tally is kept: a touched article's is taken from
	// the tally; when an article touched is not among them, the tally is
	// not kept.
	parts map[int32]*tally
}

// decidedCluster is rule 7's decision of one cluster of a clustering.
type decidedCluster struct {
	target target
	asked  bool
	tally  *tally // kept for clusters of keptTallyMin groups or more
}

// clusterMemo counts what rule 7 did from kept states, for tests and
// measures: clusters whose kept target held, clusters decided from a kept
// tally and the again groups', and clusters counted from their groups.
var clusterMemo struct{ kept, summed, counted atomic.Int64 }

// groupHashes returns each group's hash: of its node, article and
// original IRIs, and which of its units are on an article's local node
// (rules 1 and 2 may make a unit local or not while its group stays the
// same; rule 7 reads it, localArticle). Each node's and article's hash is
// computed once: the groups are sorted by node, and articles numbered.
func (c *clustering) groupHashes() []uint64 {
	out := make([]uint64, len(c.groups))
	artHash := make([]uint64, c.articles)
	artDone := make([]bool, c.articles)
	var node quad.IRI
	var nodeHash uint64
	for i, g := range c.groups {
		if i == 0 || g.node != node {
			node, nodeHash = g.node, strHash(string(g.node))
		}
		a := c.art[i]
		if !artDone[a] {
			artHash[a], artDone[a] = strHash(string(g.article)), true
		}
		h := mixHash(nodeHash, artHash[a])
		for _, r := range g.raw {
			rh := nodeHash
			if r != g.node {
				rh = strHash(string(r))
			}
			h = mixHash(h, rh)
		}
		var local uint64
		for j, u := range c.units[i] {
			if isLocal(u.node) {
				local |= 1 << (j % 64)
			}
		}
		out[i] = mixHash(h, local)
	}
	return out
}

// strHash is FNV-1a of a string: the same in every process.
func strHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mixHash combines a hash with the next value, in order.
func mixHash(h, x uint64) uint64 {
	h = (h ^ x) * 0xbf58476d1ce4e5b9
	h ^= h >> 31
	h *= 0x94d049bb133111eb
	return h ^ h>>29
}

// clusterTargets is rule 7 for every cluster (members: root -> groups),
// starting from prior when it is not nil; with keep, it returns what the
// resolution keeps (keepClusters) too.
func (c *clustering) clusterTargets(members map[string][]int, prior *clusterKept, keep bool) (map[string]target, *clusterWork) {
	targets := make(map[string]target, len(members))
	var work *clusterWork
	var hash []uint64
	if prior != nil || keep {
		hash = c.groupHashes()
	}
	if keep {
		work = &clusterWork{groups: c.groups, art: c.art, articles: c.articles, hash: hash, clusters: make([]workCluster, 0, len(members))}
	}
	var again []bool // group -> read again (tail, or of a touched article)
	var mixed []bool // article -> it has groups read again and groups not
	if prior != nil {
		again = make([]bool, len(c.groups))
		for _, i := range c.src.fresh() {
			again[i] = true
		}
		var old []bool
		old, mixed = make([]bool, c.articles), make([]bool, c.articles)
		for i := range c.groups {
			if again[i] {
				mixed[c.art[i]] = true
			} else {
				old[c.art[i]] = true
			}
		}
		for a := range mixed {
			mixed[a] = mixed[a] && old[a]
		}
	}
	var scratch tally // nothing kept: one tally counted again for each cluster
	var buf tallyBuffers
	for root, idx := range members {
		var d decidedCluster
		switch {
		case prior != nil:
			d = c.decideFromKept(idx, prior, hash, again, mixed)
		case keep:
			d = c.decideWhole(idx)
		default:
			t, _ := c.targetOf(c.scratchTally(&scratch, &buf, idx), idx)
			d = decidedCluster{target: t}
			clusterMemo.counted.Add(1)
		}
		targets[root] = d.target
		if work != nil {
			wc := workCluster{idx: idx, decidedCluster: d}
			if len(idx) < keptTallyMin {
				wc.tally = nil
			} else {
				wc.parts = c.likelyParts(idx, d.target, again)
			}
			work.clusters = append(work.clusters, wc)
		}
	}
	if verifyKept && prior != nil {
		for root, idx := range members {
			if whole := c.rootTarget(idx); whole != targets[root] {
				panic(fmt.Sprintf("rule 7 from the kept state differs from the whole clustering at %q: %+v, whole %+v", root, targets[root], whole))
			}
		}
	}
	return targets, work
}

// decideWhole is rule 7 for the groups idx, counted.
func (c *clustering) decideWhole(idx []int) decidedCluster {
	tl := c.tallyOf(idx)
	t, asked := c.targetOf(tl, idx)
	clusterMemo.counted.Add(1)
	return decidedCluster{target: t, asked: asked, tally: tl}
}

// decideFromKept is rule 7 for the groups idx from prior (see above).
func (c *clustering) decideFromKept(idx []int, prior *clusterKept, hash []uint64, again, mixed []bool) decidedCluster {
	var h uint64
	old := 0
	var fresh []int
	for _, i := range idx {
		if again[i] {
			fresh = append(fresh, i)
			continue
		}
		h ^= hash[i]
		old++
	}
	e := prior.find(h)
	if old == 0 || e == nil || e.groups != old {
		return c.decideWhole(idx)
	}
	if len(fresh) == 0 && e.exact && !e.asked {
		clusterMemo.kept.Add(1)
		return decidedCluster{target: e.target, tally: e.tally}
	}
	if e.tally == nil {
		return c.decideWhole(idx)
	}
	for _, i := range fresh {
		if mixed[c.art[i]] {
			return c.decideWhole(idx)
		}
	}
	tl := e.tally
	if len(fresh) > 0 {
		tl = tl.plus(c.tallyOf(fresh), 1)
	}
	if verifyKept {
		if whole := c.tallyOf(idx); !whole.equal(tl) {
			panic(fmt.Sprintf("rule 7's kept tally plus the new groups' differs from the whole count: %+v, whole %+v", tl, whole))
		}
	}
	t, asked := c.targetOf(tl, idx)
	clusterMemo.summed.Add(1)
	return decidedCluster{target: t, asked: asked, tally: tl}
}

// likelyParts returns the tallies of the groups idx of each article the
// rewrite will likely touch (workCluster.parts): of a fresh group (again,
// nil when every group is), or of a group that moves to t's node.
func (c *clustering) likelyParts(idx []int, t target, again []bool) map[int32]*tally {
	var by map[int32][]int
	for _, i := range idx {
		if again != nil && again[i] || c.groups[i].node != t.node {
			if by == nil {
				by = map[int32][]int{}
			}
			by[c.art[i]] = nil
		}
	}
	if by == nil {
		return nil
	}
	for _, i := range idx {
		if part, ok := by[c.art[i]]; ok {
			by[c.art[i]] = append(part, i)
		}
	}
	out := make(map[int32]*tally, len(by))
	for a, part := range by {
		out[a] = c.tallyOf(part)
	}
	return out
}

// articlesTouched returns which articles (by number, art giving each
// group's) are in touched: a look-up by IRI for each article, not for
// each group.
func articlesTouched(groups []*group, art []int32, articles int, touched map[quad.IRI]bool) []bool {
	out := make([]bool, articles)
	asked := make([]bool, articles)
	for i, g := range groups {
		if a := art[i]; !asked[a] {
			asked[a], out[a] = true, touched[g.article]
		}
	}
	return out
}

// clustersPart is the name of rule 7's part of a kept state (keptParts).
const clustersPart = "clusters"

// clustersPrior returns rule 7's part of a kept state, nil when it has
// none or it cannot be read.
func (k *keptState) clustersPrior() *clusterKept {
	if k == nil {
		return nil
	}
	return decodeClusterKept(k.parts[clustersPart])
}

// keepClusters puts rule 7's part in the kept state, once the resolution
// rewrote the articles touched (nil: the next clustering counts every
// cluster). Call it after keepLater.
func (k *keptState) keepClusters(touched map[quad.IRI]bool) {
	if kept := keepClusters(k.clusterWork, touched); kept != nil {
		if k.parts == nil {
			k.parts = keptParts{}
		}
		k.parts[clustersPart] = kept.encode()
	}
	k.clusterWork = nil
}

// keepClusters returns rule 7's state to keep after a resolution that
// decided work and then rewrote the articles touched (see above); nil
// when touched is (a written quad of no article).
func keepClusters(work *clusterWork, touched map[quad.IRI]bool) *clusterKept {
	if work == nil || touched == nil {
		return nil
	}
	isTouched := articlesTouched(work.groups, work.art, work.articles, touched)
	kept := make([]keptCluster, 0, len(work.clusters))
	for _, wc := range work.clusters {
		var h uint64
		var gone []int32 // the touched articles of its groups
		n := 0
		for _, i := range wc.idx {
			if a := work.art[i]; isTouched[a] {
				if !slices.Contains(gone, a) {
					gone = append(gone, a)
				}
				continue
			}
			h ^= work.hash[i]
			n++
		}
		if n == 0 {
			continue
		}
		e := keptCluster{hash: h, groups: n, target: wc.target, exact: len(gone) == 0, asked: wc.asked, tally: wc.tally}
		for _, a := range gone {
			if e.tally == nil {
				break
			}
			if part := wc.parts[a]; part != nil {
				e.tally = e.tally.plus(part, -1)
			} else {
				e.tally = nil // an article not foreseen: the cluster is counted again
			}
		}
		kept = append(kept, e)
	}
	return newClusterKept(kept)
}
