package resolve

import (
	"fmt"
	"maps"
	"strings"
	"sync/atomic"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// Rule 3 from a kept state: the votes (acronymsOf) are a function of each
// group alone, its names and units, so a clustering keeps every group's
// votes by the group (its node and article) and the next one counts again
// only the groups that may differ since: those read from the quads added
// since the last resolution (group.tail), and those of the articles that
// resolution rewrote (acronymKept.touched: a group moved, merged or given
// other names is another group after it). Every other group of the store is
// the one the kept votes were counted from; its votes are read back by key,
// and its union-find node is read now (rule 2 may have moved a thing to a
// place since).

// groupRef names a group across runs: its node and its article, and for
// a part of a merged group (splitMerged: the parts share the merged
// group's node and article) the original IRI it was, raw; "" for any
// other group. So the parts of an article no later resolution touched are
// the groups they were, kept by each stage like any other group, and not
// read as new in every run (group.tail).
type groupRef struct{ node, article, raw quad.IRI }

// refOf returns the ref of group g.
func refOf(g *group) groupRef {
	r := groupRef{node: g.node, article: g.article}
	if g.whole != nil && len(g.raw) == 1 {
		r.raw = g.raw[0]
	}
	return r
}

// compareRef orders groups as the clustering holds them (by node and
// article; byNodeArticle) and the parts of one merged group by raw.
func compareRef(a, b groupRef) int {
	if d := strings.Compare(string(a.node), string(b.node)); d != 0 {
		return d
	}
	if d := strings.Compare(string(a.article), string(b.article)); d != 0 {
		return d
	}
	return strings.Compare(string(a.raw), string(b.raw))
}

// acronymKept is rule 3's kept input.
type acronymKept struct {
	// Acronym node -> the groups whose votes give it, once per vote: of
	// the groups whose articles the resolution that kept it did not
	// rewrite.
	votes map[string][]groupRef
	// The articles that resolution rewrote: their groups are counted again.
	touched map[quad.IRI]bool
}

// acronymMemo counts what rule 3 did from kept states, for tests and
// measures: votes read back, groups counted again, and kept states given
// up (a kept group not in the store).
var acronymMemo struct{ kept, counted, lost atomic.Int64 }

// acronymsFrom is rule 3, starting from prior's votes when it has them
// (else from every group), and returns the votes of every group, to keep.
func (c *clustering) acronymsFrom(prior *acronymKept) map[string][]groupRef {
	all := map[string][]groupRef{}
	acro := acronymVotes{}
	vote := func(an, node string, ref groupRef) {
		if acro[an] == nil {
			acro[an] = map[string]bool{}
		}
		acro[an][c.uf.find(node)] = true
		all[an] = append(all[an], ref)
	}
	again := func(g *group) bool { return prior == nil || g.tail || prior.touched[g.article] }
	if prior != nil && !c.keptVotes(prior, again, vote) {
		// A kept group not in the store: count everything.
		acronymMemo.lost.Add(1)
		clear(all)
		clear(acro)
		prior = nil
	}
	fresh := c.src.all()
	if prior != nil {
		fresh = c.src.fresh()
	}
	for _, i := range fresh {
		ref := refOf(c.groups[i])
		c.acronymsOf(i, func(an, node string) { vote(an, node, ref) })
	}
	acronymMemo.counted.Add(int64(len(fresh)))
	if verifyKept && prior != nil {
		c.checkAcronyms(acro)
	}
	c.joinAcronyms(acro, sortedKeys(acro))
	return all
}

// keptVotes reads back prior's votes of the groups not counted again,
// with each group's union-find node now; false when a kept group is not
// among the clustering's.
func (c *clustering) keptVotes(prior *acronymKept, again func(*group) bool, vote func(an, node string, ref groupRef)) bool {
	for _, an := range sortedKeys(prior.votes) {
		for k, i := range c.src.ofRefs(prior.votes[an]) {
			ref := prior.votes[an][k]
			if prior.touched[ref.article] {
				continue // counted again
			}
			if i < 0 || len(c.units[i]) == 0 {
				return false
			}
			if again(c.groups[i]) {
				continue
			}
			acronymMemo.kept.Add(1)
			vote(an, c.units[i][0].node, ref)
		}
	}
	return true
}

// checkAcronyms panics when rule 3's votes differ from those of every group.
func (c *clustering) checkAcronyms(acro acronymVotes) {
	whole := c.acronymVotes()
	if len(whole) != len(acro) {
		panic(fmt.Sprintf("rule 3 from the kept state has %d acronym nodes, the whole clustering %d", len(acro), len(whole)))
	}
	for an, roots := range whole {
		if !maps.Equal(roots, acro[an]) {
			panic(fmt.Sprintf("rule 3 from the kept state differs from the whole clustering at %q: %v, whole %v", an, acro[an], roots))
		}
	}
}

// keepAcronyms returns rule 3's state to keep after a resolution that
// counted votes (every group's) and then rewrote the articles touched
// (touchedArticles): the votes of the groups of the other articles, and
// those articles. It returns nil when touched is (the next run counts every
// group).
func keepAcronyms(votes map[string][]groupRef, touched map[quad.IRI]bool) *acronymKept {
	if votes == nil || touched == nil {
		return nil
	}
	out := &acronymKept{votes: make(map[string][]groupRef, len(votes)), touched: touched}
	for an, refs := range votes {
		var keep []groupRef
		for _, r := range refs {
			if !touched[r.article] {
				keep = append(keep, r)
			}
		}
		if keep != nil {
			out.votes[an] = keep
		}
	}
	return out
}

// touchedArticles returns the articles of the quads a resolution added
// and deleted, nil when one is of no article.
func touchedArticles(adds, dels []quad.Quad) map[quad.IRI]bool {
	touched := map[quad.IRI]bool{}
	for _, qs := range [][]quad.Quad{adds, dels} {
		for _, q := range qs {
			lab, ok := q.Label.(quad.IRI)
			if !ok {
				return nil
			}
			touched[vocab.ArticleOf(lab)] = true
		}
	}
	return touched
}
