package resolve

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// keptRun clusters before as a resolution that keeps its state, with the
// articles touched as its rewrite's, then after from that state (the
// groups of tail read from the quads added since), and returns how rule 7
// decided the second run's clusters: kept, from kept tallies, counted. A
// difference to the whole clustering panics (verifyKept).
func keptRun(before []g, touched []int, after []g, tail []int) (kept, summed, counted int) {
	_, k := clusterFrom(sortedGroups(keptGroupsOf(before)), nil, true)
	written := map[quad.IRI]bool{}
	for _, a := range touched {
		written[quad.IRI(fmt.Sprintf("%sarticle/a%d", vocab.ID, a))] = true
	}
	k.acro, k.acroVotes = keepAcronyms(k.acroVotes, written), nil
	k.keepLater(written)
	k.keepClusters(written)
	if k.clustersPrior() == nil {
		panic("no part of rule 7 kept")
	}
	groups := keptGroupsOf(after)
	for _, i := range tail {
		groups[i].tail = true
	}
	clusterMemo.kept.Store(0)
	clusterMemo.summed.Store(0)
	clusterMemo.counted.Store(0)
	clusterFrom(sortedGroups(groups), k, true)
	return int(clusterMemo.kept.Load()), int(clusterMemo.summed.Load()), int(clusterMemo.counted.Load())
}

// keptGroupsOf is groupsOf, with several original IRIs for a raw of
// several joined by "+" (a group an earlier resolution merged, on the
// first's node).
func keptGroupsOf(list []g) []*group {
	out := groupsOf(list)
	for i, x := range list {
		raws := strings.Split(x.raw, "+")
		out[i].node = quad.IRI(vocab.ID + raws[0])
		out[i].raw = nil
		for _, r := range raws {
			out[i].raw = append(out[i].raw, quad.IRI(vocab.ID+r))
		}
	}
	return out
}

func sortedGroups(gs []*group) []*group {
	slices.SortFunc(gs, byNodeArticle)
	return gs
}

// Rule 7 from a kept state decides as the whole clustering does, whatever
// changed since: each case changes what one dependency of a kept cluster's
// decision covers (the case's way is how the changed cluster must be
// decided; dropping the dependency from outcome_kept.go makes the case
// panic or take another way).
func TestClustersFromKept(t *testing.T) {
	defer SetKeptTallyMin(1)()
	acme := func(a int, names ...string) g { return g{"org/acme", a, 1987, names} }
	for _, c := range []struct {
		name    string
		before  []g
		touched []int
		after   []g
		tail    []int
		way     string // "kept", "summed" or "counted": a way some cluster takes
	}{
		{
			name:   "a new article's group joins a kept cluster: its tally is the kept one plus the new group's",
			before: []g{acme(1, "Acme"), acme(2, "Acme"), acme(3, "ACME")},
			after:  []g{acme(1, "Acme"), acme(2, "Acme"), acme(3, "ACME"), acme(4, "ACME"), acme(5, "ACME")},
			tail:   []int{3, 4},
			way:    "summed",
		},
		{
			// Dependency: a group read from the quads added since (tail)
			// is counted again even when it was read before (old).
			name:   "quads added since give old groups another name: the cluster's name changes",
			before: []g{acme(1, "Acme"), acme(2, "Acme")},
			after:  []g{acme(1, "ACME", "Acme"), acme(2, "ACME", "Acme")},
			tail:   []int{0, 1},
			way:    "counted",
		},
		{
			// Dependency: the articles the rewrite touched are left out of
			// the kept cluster (hash and tally) and counted again.
			// (A group that moves: its article's part of the tally is
			// kept apart, to take from it when the rewrite touches it.)
			name:    "a touched article's group has other names after the rewrite",
			before:  []g{{"org/acme-inc", 1, 1987, []string{"Acme Inc"}}, acme(2, "Acme"), acme(3, "Acme")},
			touched: []int{1},
			after: []g{{"org/acme+org/acme-inc", 1, 1987, []string{"ACME", "Acme", "Acme Inc"}}, acme(2, "Acme"), acme(3, "Acme"),
				acme(4, "ACME"), acme(5, "ACME")},
			tail: []int{3, 4},
			way:  "summed",
		},
		{
			// Dependency: a touched article whose part of the tally was
			// not kept apart makes the tally unknown.
			name:    "the rewrite touches an article no group of which moved: the cluster is counted again",
			before:  []g{acme(1, "Acme"), acme(2, "Acme"), acme(3, "Acme"), acme(4, "ACME")},
			touched: []int{1},
			after:   []g{acme(1, "ACME", "Acme"), acme(2, "Acme"), acme(3, "Acme"), acme(4, "ACME"), acme(5, "ACME")},
			tail:    []int{4},
			way:     "counted",
		},
		{
			// Dependency: a kept target holds only for the groups it was
			// decided from (exact).
			name: "touched articles' groups leave a cluster: its name is decided again",
			before: []g{acme(1, "Acme"), acme(2, "Acme"), {"org/acme-inc", 3, 1987, []string{"ACME"}},
				{"org/acme-inc", 4, 1987, []string{"ACME"}}},
			touched: []int{3, 4},
			after:   []g{acme(1, "Acme"), acme(2, "Acme"), {"org/ajax", 3, 1987, []string{"Ajax"}}, {"org/ajax", 4, 1987, []string{"Ajax"}}},
			way:     "summed",
		},
		{
			// Dependency: names are counted by distinct articles, so new
			// groups of an article with old groups in the cluster (mixed)
			// are not summed.
			name:   "a new group of an old article gives the cluster's name again",
			before: []g{acme(1, "Acme"), acme(2, "Acme"), acme(3, "ACME"), acme(4, "ACME"), acme(5, "ACME")},
			after:  []g{acme(1, "Acme"), acme(2, "Acme"), acme(3, "ACME"), acme(4, "ACME"), acme(5, "ACME"), {"org/acme-corp", 1, 1987, []string{"Acme", "Acme Corp"}}},
			tail:   []int{5},
			way:    "counted",
		},
		{
			// Dependency: a decision that read whether the store has a
			// place of a key (asked) is made again.
			name: "a place of the name before a place's word comes: the cluster is a place",
			before: []g{{"org/orange-county", 1, 1987, []string{"Orange County"}}, {"org/orange-county", 2, 1987, []string{"Orange County"}},
				{"place/paris", 3, 1987, []string{"Paris"}}},
			after: []g{{"org/orange-county", 1, 1987, []string{"Orange County"}}, {"org/orange-county", 2, 1987, []string{"Orange County"}},
				{"place/paris", 3, 1987, []string{"Paris"}}, {"place/orange", 4, 1987, []string{"Orange"}}},
			tail: []int{3},
			way:  "kept",
		},
		{
			// Dependency: a decision that read the store's people's words
			// (asked) is made again.
			name: "a person named in full with a one-word name's word comes: the name is a person's",
			before: []g{{"person/chelsea", 1, 1987, []string{"Chelsea"}}, {"person/chelsea", 2, 1987, []string{"Chelsea"}},
				{"person/chelsea", 3, 1987, []string{"Chelsea"}}, {"person/chelsea", 4, 1987, []string{"Chelsea"}},
				{"org/chelsea", 5, 1987, []string{"Chelsea"}}, {"org/chelsea", 6, 1987, []string{"Chelsea"}}, {"org/chelsea", 7, 1987, []string{"Chelsea"}},
				{"place/paris", 8, 1987, []string{"Paris"}}},
			after: []g{{"person/chelsea", 1, 1987, []string{"Chelsea"}}, {"person/chelsea", 2, 1987, []string{"Chelsea"}},
				{"person/chelsea", 3, 1987, []string{"Chelsea"}}, {"person/chelsea", 4, 1987, []string{"Chelsea"}},
				{"org/chelsea", 5, 1987, []string{"Chelsea"}}, {"org/chelsea", 6, 1987, []string{"Chelsea"}}, {"org/chelsea", 7, 1987, []string{"Chelsea"}},
				{"place/paris", 8, 1987, []string{"Paris"}}, {"person/chelsea-morgan", 9, 1987, []string{"Chelsea Morgan"}}},
			tail: []int{8},
			way:  "kept",
		},
		{
			// Dependency: which units of a group are on an article's local
			// node is part of its hash (a cluster of local units only has
			// a node of its article).
			name:   "a generic name's unit of a merged group is a place's now: its cluster's node is no longer the article's",
			before: []g{{"org/high-court+thing/appeals-court", 1, 1987, []string{"Appeals Court", "High Court"}}, {"place/paris", 2, 1987, []string{"Paris"}}},
			after: []g{{"org/high-court+thing/appeals-court", 1, 1987, []string{"Appeals Court", "High Court"}}, {"place/paris", 2, 1987, []string{"Paris"}},
				{"place/appeals-court", 3, 1987, []string{"Appeals Court"}}},
			tail: []int{2},
			way:  "kept",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("rule 7 from the kept state is not the whole clustering's: %v", r)
				}
			}()
			kept, summed, counted := keptRun(c.before, c.touched, c.after, c.tail)
			if n := map[string]int{"kept": kept, "summed": summed, "counted": counted}[c.way]; n == 0 {
				t.Errorf("no cluster %s (kept %d, summed %d, counted %d): the case does not test what it says", c.way, kept, summed, counted)
			}
		})
	}
}

// Rule 7's part of a kept state reads back as written; a damaged one does
// not read.
func TestClustersKeptEncoding(t *testing.T) {
	tl := &tally{org: 2, names: 3, others: 1, placeCands: []keyCount{{"orange", 1}}, keys: []keyCount{{"acme", 3}},
		given: []nameCount{{keyCount{"ACME", 1}, "acme", "acme"}, {keyCount{"Mr Acme", 2}, "mr acme", "acme"}}}
	tl.votes[KindOrg] = 3
	k := newClusterKept([]keptCluster{
		{hash: 1 << 63, groups: 1, target: target{node: "place/paris", kind: KindPlace, name: "Paris"}, asked: true},
		{hash: 7, groups: 3, target: target{node: "org/acme", kind: KindOrg, name: "ACME"}, exact: true, tally: tl},
		{hash: 9, groups: 2, target: target{node: "org/ajax", kind: KindOrg, name: "Ajax"}},
		{hash: 9, groups: 5, target: target{node: "org/ajax-inc", kind: KindOrg, name: "Ajax Inc"}},
	})
	state := &keptState{version: keptVersion, parts: keptParts{clustersPart: k.encode()}}
	read, err := decodeKept(state.encode())
	if err != nil {
		t.Fatal(err)
	}
	back := read.clustersPrior()
	if back == nil || len(back.clusters) != 2 || back.find(9) != nil {
		t.Fatalf("read back %+v", back)
	}
	for _, e := range k.clusters {
		b := back.find(e.hash)
		if b == nil || b.groups != e.groups || b.target != e.target || b.exact != e.exact || b.asked != e.asked || (b.tally == nil) != (e.tally == nil) ||
			e.tally != nil && !b.tally.equal(e.tally) {
			t.Errorf("cluster %d read back %+v, wrote %+v", e.hash, b, e)
		}
	}
	data := k.encode()
	for _, bad := range [][]byte{data[:len(data)-1], append(append([]byte{}, data...), 0), {}} {
		if decodeClusterKept(bad) != nil {
			t.Errorf("a damaged part of rule 7 (%d bytes) read", len(bad))
		}
	}
}
