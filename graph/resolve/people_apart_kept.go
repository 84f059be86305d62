package resolve

import (
	"fmt"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/cayleygraph/quad"
)

// Rule 5d from a kept state. A full name is a candidate for people apart
// (peopleApart: two walks of life or more in its titles, more than
// apartMain groups) by its own groups only: its groups of one person unit,
// their titles. Those change only with the fresh groups (the tail, the
// touched articles: a group gone is of a touched article, and a name
// losing groups loses no candidacy it did not have) and with rule 5c,
// which takes a name's undated uses to a node of their own. So a run
// reads the groups (ofUnitKeys) of the kept candidates, of the full names
// of the fresh groups, and of the names rule 5c split now or in the kept
// clustering; every other name stays no candidate. The candidates are
// decided in their order, as a whole clustering does (a split takes units
// to nodes of their own, which the next candidates' links read).

// apartPart is the name of rule 5d's part of a kept state.
const apartPart = "apart"

// apartKept is rule 5d's kept input.
type apartKept struct {
	candidates []string // the candidate names' nodes, sorted
	undated    []string // the names rule 5c split, sorted
}

// apartMemo counts what rule 5d did from kept states, for tests and
// measures: names read, and kept states read.
var apartMemo struct{ names, runs atomic.Int64 }

// peopleApartFrom is rule 5d, starting from prior (nil: from every group),
// fresh being whether the clustering knows its fresh groups (a kept state
// of the rules before was read) and undated the names rule 5c split. It
// returns the state to keep.
func (c *clustering) peopleApartFrom(prior *apartKept, fresh bool, undated []string) *apartKept {
	now := &apartKept{undated: undated}
	var byNode map[string][]int
	var doms map[string]domain
	if prior == nil || !fresh {
		byNode, doms = c.apartEvidence(c.src.all(), nil)
	} else {
		names := map[string]bool{}
		for _, n := range prior.candidates {
			names[n] = true
		}
		for _, n := range append(slices.Clone(prior.undated), undated...) {
			names[n], names[n+undatedSuffix] = true, true
		}
		for _, i := range c.src.fresh() {
			if n := apartNode(c, i); n != "" {
				names[n] = true
			}
		}
		keys := make([]string, 0, len(names))
		for n := range names {
			keys = append(keys, strings.TrimSuffix(n[2:], undatedSuffix))
		}
		slices.Sort(keys)
		byNode, doms = c.apartEvidence(c.src.ofUnitKeys(slices.Compact(keys)), names)
		apartMemo.names.Add(int64(len(names)))
		apartMemo.runs.Add(1)
	}
	now.candidates = apartCandidates(byNode, doms)
	if verifyKept && prior != nil && fresh {
		c.checkApart(now.candidates, byNode)
	}
	if len(now.candidates) == 0 {
		return now
	}
	var arts []quad.IRI
	for _, n := range now.candidates {
		for _, i := range byNode[n] {
			arts = append(arts, c.groups[i].article)
		}
	}
	slices.Sort(arts)
	inArticle := map[int32][]int{}
	for _, i := range c.src.ofArticles(slices.Compact(arts)) {
		inArticle[c.art[i]] = append(inArticle[c.art[i]], i)
	}
	for _, n := range now.candidates {
		c.splitPeople(n, byNode[n], func(a int32) []int { return inArticle[a] })
	}
	return now
}

// checkApart panics when rule 5d's candidates, or their groups, differ from
// those of every group.
func (c *clustering) checkApart(cands []string, byNode map[string][]int) {
	wholeBy, wholeDoms := c.apartEvidence(c.src.all(), nil)
	whole := apartCandidates(wholeBy, wholeDoms)
	if !slices.Equal(whole, cands) {
		panic(fmt.Sprintf("rule 5d from the kept state has the candidates %v, the whole clustering %v", cands, whole))
	}
	for _, n := range cands {
		if !slices.Equal(wholeBy[n], byNode[n]) {
			panic(fmt.Sprintf("rule 5d from the kept state reads the groups %v of %q, the whole clustering %v", byNode[n], n, wholeBy[n]))
		}
	}
}

// keep returns the part to keep.
func (k *apartKept) encode() []byte {
	var w keptWriter
	w.strs(k.candidates)
	w.strs(k.undated)
	return w.b.Bytes()
}

// decodeApartKept reads the part written by encode; nil when it cannot be
// read.
func decodeApartKept(data []byte) *apartKept {
	if data == nil {
		return nil
	}
	r := &keptReader{data: data}
	k := &apartKept{candidates: r.strs(), undated: r.strs()}
	if !r.done() {
		return nil
	}
	return k
}

// apartPrior returns rule 5d's part of a kept state, nil when it has none
// or it cannot be read.
func (k *keptState) apartPrior() *apartKept {
	if k == nil {
		return nil
	}
	return decodeApartKept(k.parts[apartPart])
}
