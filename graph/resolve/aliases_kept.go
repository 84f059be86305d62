package resolve

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cayleygraph/quad"
)

// Rule 4 from a kept state, in rule 3's pattern (acronyms_kept.go): a
// group's votes (aliasesOf) are kept by the group and read back with its
// first unit's union-find node as it is now, and the next clustering
// counts again the groups that may vote otherwise. Unlike rule 3's, a
// group's rule 4 votes read more than the group: the alias nodes' facts
// (the node exists, is a legal name's, is a firm's namesake person's) and
// the nodes of the group's article (a name that is an entity of its own
// there is no alias). So the groups counted again are every group of an
// article
//
//   - with a group read from the quads added since the last resolution
//     (group.tail), or rewritten by that resolution (acronymKept.touched);
//   - with a name whose node in either family is new, gone, or of another
//     legal flag at rule 4 since the kept clustering (nodes diffed against
//     rules 1 and 2's kept nodes and the nodes rule 3 made);
//   - with a unit whose node may have changed: a thing of a key rule 2 now
//     takes to the place family and did not, or the other way round; a
//     unit, or a name, of a key whose namesake person came or went
//     (firm_namesakes.go).
//
// The votes of every other group are what the kept clustering counted.
// Rule 4 then decides every alias node from the votes and sizes, as a
// whole clustering does: the decisions cost less than telling which of
// them could change.

// aliasPart is the name of rule 4's part of a kept state (keptParts).
const aliasPart = "aliases"

// aliasKept is rule 4's kept input.
type aliasKept struct {
	// Alias node -> the votes of the groups, once per vote: when kept, of
	// the groups of the articles the resolution did not rewrite.
	votes map[string][]aliasRef
	// The union-find nodes at rule 4 that rules 1 and 2's kept nodes lack
	// (rule 3 made them), sorted.
	extra []string
	// The thing keys rule 2 took to the place family, sorted.
	placed []string
	// The keys of person namesakes (clustering.namesakes), sorted.
	namesakes []string
	// This clustering's union-find nodes at rule 4 (not kept: rule 5
	// reads them).
	nodes []nodeFlag
}

// aliasRef is one vote of a group: the group, and whether the alias is
// the first words of the group's first unit's name.
type aliasRef struct {
	groupRef
	prefix bool
}

// aliasMemo counts what rule 4 did from kept states, for tests and
// measures: votes read back, groups counted again, kept states given up.
var aliasMemo struct{ kept, counted, lost atomic.Int64 }

// aliasesFrom is rule 4, starting from prior's votes when it has them
// (else from every group): priorSame and same are rules 1 and 2's nodes
// of the kept clustering and of this one, touched the articles the last
// resolution rewrote (nil: count every group). It returns rule 4's state of
// this clustering, its votes those of every group.
func (c *clustering) aliasesFrom(prior *aliasKept, priorSame, same *sameKeysState, touched map[quad.IRI]bool, acroNodes map[string][]groupRef) *aliasKept {
	now := &aliasKept{votes: map[string][]aliasRef{}, extra: c.extraNodes(same, acroNodes), placed: c.placedKeys(), namesakes: sortedKeys(c.namesakes)}
	now.nodes = nodesAtRule4(same.nodes, now.extra)
	v := newAliasVotes()
	vote := func(i int, k, node string, prefix bool) {
		v.add(k, c.uf.find(node), c.art[i], prefix)
		g := c.groups[i]
		now.votes[k] = append(now.votes[k], aliasRef{refOf(g), prefix})
	}
	var count []int // the groups counted: nil, every group
	if prior != nil && priorSame != nil && touched != nil {
		var again map[int32]bool
		count, again = c.aliasesDirty(prior, now, priorSame)
		if !c.keptAliases(prior, again, vote) {
			aliasMemo.lost.Add(1) // a kept group not in the store: count everything
			count = nil
			v = newAliasVotes()
			clear(now.votes)
		}
	}
	whole := count == nil
	if whole {
		count = c.src.all()
	}
	inArticle := c.articleNodes(count)
	for _, i := range count {
		c.aliasesOf(i, inArticle, func(k, node string, prefix bool) { vote(i, k, node, prefix) })
	}
	aliasMemo.counted.Add(int64(len(count)))
	if verifyKept && !whole {
		c.checkAliases(v)
	}
	c.joinAliases(v, sortedKeys(v.links), c.size())
	return now
}

// keptAliases reads back prior's votes of the groups of the articles not
// counted again (again, by number), with each group's first unit's node
// now; false when a kept group is not among the clustering's.
func (c *clustering) keptAliases(prior *aliasKept, again map[int32]bool, vote func(i int, k, node string, prefix bool)) bool {
	for _, k := range sortedKeys(prior.votes) {
		refs := prior.votes[k]
		for j, i := range c.src.ofRefs(groupRefs(refs)) {
			if i < 0 || len(c.units[i]) == 0 {
				return false
			}
			if again[c.art[i]] {
				continue
			}
			aliasMemo.kept.Add(1)
			vote(i, k, c.units[i][0].node, refs[j].prefix)
		}
	}
	return true
}

// groupRefs returns the groups of votes.
func groupRefs(votes []aliasRef) []groupRef {
	out := make([]groupRef, len(votes))
	for i, v := range votes {
		out[i] = v.groupRef
	}
	return out
}

// aliasesDirty returns the groups rule 4 counts again (see above), those
// of whole articles, and the articles, by number.
func (c *clustering) aliasesDirty(prior, now *aliasKept, priorSame *sameKeysState) ([]int, map[int32]bool) {
	seeds := c.src.fresh()
	if nodes := changedNodes(nodesAtRule4(priorSame.nodes, prior.extra), now.nodes); len(nodes) > 0 {
		seeds = append(seeds, c.src.ofNameKeys(nameKeysOf(nodes))...)
	}
	if placed := symmetricDiff(prior.placed, now.placed); len(placed) > 0 {
		seeds = append(seeds, c.src.ofUnitKeys(sortedKeys(placed))...)
	}
	if namesakes := symmetricDiff(prior.namesakes, now.namesakes); len(namesakes) > 0 {
		// A unit or a name of such a key with middle initials ("ivan f
		// boesky" of "ivan boesky"): not asked for by key; seldom.
		seeds = c.src.all()
	}
	articles := map[quad.IRI]bool{}
	for _, i := range seeds {
		articles[c.groups[i].article] = true
	}
	groups := c.src.ofArticles(sortedIRIs(articles))
	again := make(map[int32]bool, len(articles))
	for _, i := range groups {
		again[c.art[i]] = true
	}
	return groups, again
}

// sortedIRIs returns the IRIs of a set, sorted.
func sortedIRIs(set map[quad.IRI]bool) []quad.IRI {
	out := make([]quad.IRI, 0, len(set))
	for x := range set {
		out = append(out, x)
	}
	slices.Sort(out)
	return out
}

// nameKeysOf returns the keys of the names whose node in a family
// (nameInfo.nodeOf) is one of nodes: "e:key" is the node of the names of
// the key, "p:key" of those whose place key (placeKeyOf) it is.
func nameKeysOf(nodes map[string]bool) []string {
	var out []string
	for n := range nodes {
		out = append(out, n[2:])
		if n[0] == 'p' {
			out = append(out, placeKeysTo()[n[2:]]...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// placeKeysTo returns, for each place key an abbreviation or a district
// stands for (placeKeyOf), the keys standing for it.
var placeKeysTo = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, m := range []map[string]string{abbreviations, districts} {
		for k, v := range m {
			out[v] = append(out[v], k)
		}
	}
	return out
})

// nodeFlag is a union-find node and whether it is a legal name's.
type nodeFlag struct {
	node  string
	legal bool
}

// nodesAtRule4 merges rules 1 and 2's nodes (sorted) and the nodes rule 3
// made (extra, sorted, none a legal name's) into one sorted list.
func nodesAtRule4(same []keptNode, extra []string) []nodeFlag {
	out := make([]nodeFlag, 0, len(same)+len(extra))
	j := 0
	for _, n := range same {
		for j < len(extra) && extra[j] < n.node {
			out = append(out, nodeFlag{extra[j], false})
			j++
		}
		out = append(out, nodeFlag{n.node, n.legal})
	}
	for ; j < len(extra); j++ {
		out = append(out, nodeFlag{extra[j], false})
	}
	return out
}

// changedNodes returns the nodes of a or b (both sorted) that the other
// lacks or holds with another legal flag.
func changedNodes(a, b []nodeFlag) map[string]bool {
	out := map[string]bool{}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].node < b[j].node:
			out[a[i].node] = true
			i++
		case i == len(a) || b[j].node < a[i].node:
			out[b[j].node] = true
			j++
		default:
			if a[i].legal != b[j].legal {
				out[a[i].node] = true
			}
			i++
			j++
		}
	}
	return out
}

// symmetricDiff returns the strings of one sorted list only.
func symmetricDiff(a, b []string) map[string]bool {
	out := map[string]bool{}
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); !ok {
			out[x] = true
		}
	}
	for _, x := range b {
		if _, ok := slices.BinarySearch(a, x); !ok {
			out[x] = true
		}
	}
	return out
}

// extraNodes returns the union-find nodes of acroNodes (rule 3's votes'
// acronym nodes) that exist and are not among rules 1 and 2's nodes (same): those
// rule 3's joins made, sorted.
func (c *clustering) extraNodes(same *sameKeysState, acroNodes map[string][]groupRef) []string {
	var out []string
	for an := range acroNodes {
		if _, ok := c.uf.parent[an]; !ok {
			continue
		}
		if _, ok := slices.BinarySearchFunc(same.nodes, an, func(n keptNode, s string) int { return strings.Compare(n.node, s) }); !ok {
			out = append(out, an)
		}
	}
	sort.Strings(out)
	return out
}

// placedKeys returns the keys of things rule 2 takes to the place family
// (unitNodes), sorted.
func (c *clustering) placedKeys() []string {
	var out []string
	for k, kk := range c.keyKinds {
		if kk.has(KindThing) && kk.has(KindPlace) && !kk.has(KindPerson) && !kk.has(KindOrg) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// checkAliases panics when rule 4's votes differ from those of every group.
func (c *clustering) checkAliases(v aliasVotes) {
	whole := c.aliasVotes()
	for _, k := range sortedKeys(whole.links) {
		if !maps.EqualFunc(whole.links[k], v.links[k], func(a, b map[int32]bool) bool { return maps.Equal(a, b) }) {
			panic(fmt.Sprintf("rule 4 from the kept state differs from the whole clustering at %q: %v, whole %v", k, v.links[k], whole.links[k]))
		}
		if !maps.Equal(whole.prefix[k], v.prefix[k]) {
			panic(fmt.Sprintf("rule 4's first words from the kept state differ from the whole clustering at %q: %v, whole %v", k, v.prefix[k], whole.prefix[k]))
		}
	}
	if len(whole.links) != len(v.links) || len(whole.prefix) != len(v.prefix) {
		panic(fmt.Sprintf("rule 4 from the kept state has %d alias nodes (%d first words), the whole clustering %d (%d)",
			len(v.links), len(v.prefix), len(whole.links), len(whole.prefix)))
	}
}

// keepAliases returns rule 4's state to keep after a resolution that
// rewrote the articles touched: the votes of the groups of the others.
func keepAliases(k *aliasKept, touched map[quad.IRI]bool) *aliasKept {
	if k == nil || touched == nil {
		return nil
	}
	out := *k
	out.votes = make(map[string][]aliasRef, len(k.votes))
	for an, refs := range k.votes {
		var keep []aliasRef
		for _, r := range refs {
			if !touched[r.article] {
				keep = append(keep, r)
			}
		}
		if keep != nil {
			out.votes[an] = keep
		}
	}
	return &out
}

// encode writes rule 4's part: the IRIs of its groups once, sorted and
// front-coded, then each vote by their numbers.
func (k *aliasKept) encode() []byte {
	var w keptWriter
	w.strs(k.extra)
	w.strs(k.placed)
	w.strs(k.namesakes)
	set := map[quad.IRI]bool{}
	keys := sortedKeys(k.votes)
	for _, an := range keys {
		for _, r := range k.votes[an] {
			setRef(set, r.groupRef)
		}
	}
	num := w.iriTable(set)
	w.uv(uint64(len(keys)))
	for _, an := range keys {
		w.str(an)
		w.uv(uint64(len(k.votes[an])))
		for _, r := range k.votes[an] {
			p := uint64(0)
			if r.prefix {
				p = 1
			}
			w.uv(uint64(num[r.node])<<1 | p)
			w.uv(uint64(num[r.article]))
			w.uv(rawNum(num, r.raw))
		}
	}
	return w.b.Bytes()
}

// decodeAliasKept reads rule 4's part written by encode; nil when it
// cannot be read.
func decodeAliasKept(data []byte) *aliasKept {
	if data == nil {
		return nil
	}
	r := &keptReader{data: data}
	k := &aliasKept{extra: r.strs(), placed: r.strs(), namesakes: r.strs(), votes: map[string][]aliasRef{}}
	strs := r.sortedStrs()
	at := func(n uint64) quad.IRI { return r.iriAt(strs, n) }
	for n := r.count(); n > 0 && !r.bad; n-- {
		an := r.str()
		refs := make([]aliasRef, r.count())
		for j := range refs {
			x := r.uv()
			node, article := at(x>>1), at(r.uv())
			refs[j] = aliasRef{groupRef{node, article, rawAt(r.uv(), at)}, x&1 == 1}
		}
		k.votes[an] = refs
	}
	if !r.done() {
		return nil
	}
	return k
}

// aliasPrior returns rule 4's part of a kept state, nil when it has none
// or it cannot be read.
func (k *keptState) aliasPrior() *aliasKept {
	if k == nil {
		return nil
	}
	return decodeAliasKept(k.parts[aliasPart])
}

// keepLater puts the parts of the stages after rule 3 in the kept state,
// once the resolution rewrote the articles touched (nil: a written quad of
// no article, the next clustering counts everything).
func (k *keptState) keepLater(touched map[quad.IRI]bool) {
	k.parts = keptParts{}
	if a := keepAliases(k.alias, touched); a != nil {
		k.parts[aliasPart] = a.encode()
	}
	if y := keepYears(k.years, touched); y != nil {
		k.parts[yearsPart] = y.encode()
	}
	if k.apart != nil && touched != nil {
		k.parts[apartPart] = k.apart.encode()
	}
	k.alias, k.years, k.apart = nil, nil, nil
}
