package resolve

import (
	"context"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/store"
)

// cpuTime returns the CPU time (user and system) of the process while f
// runs.
func cpuTime(f func()) time.Duration {
	var a, b syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &a)
	f()
	syscall.Getrusage(syscall.RUSAGE_SELF, &b)
	return time.Duration(b.Utime.Nano() - a.Utime.Nano() + b.Stime.Nano() - a.Stime.Nano())
}

// membersOf clusters groups up to rule 7 (as clusterFrom does from
// nothing) and returns the clustering and its clusters' members.
func membersOf(groups []*group) (*clustering, map[string][]int) {
	c := newClustering(groups)
	c.sameKeys(nil)
	c.acronyms()
	c.aliases()
	c.families()
	c.middleInitials()
	c.peopleApart()
	c.freezeRoots()
	surname, _ := c.surnameJoins()
	members, _ := c.members(surname)
	return c, members
}

// TestMeasureClusterTargets measures rule 7 on a store into which new
// articles were loaded without --resolve (as TestMeasureDirty reads it):
// whole, and from the state a clustering of the other groups kept (its
// reading, deciding and keeping again). Opt-in:
//
//	NEWSGRAPH_DIRTY_STORE=/tmp/COPY.db NEWSGRAPH_DIRTY_NEW=new100.jsonl go test ./graph/resolve -run TestMeasureClusterTargets -v
func TestMeasureClusterTargets(t *testing.T) {
	path := os.Getenv("NEWSGRAPH_DIRTY_STORE")
	if path == "" {
		t.Skip("set NEWSGRAPH_DIRTY_STORE to a store with new articles loaded")
	}
	save := verifyKept
	verifyKept = false
	defer func() { verifyKept = save }()
	st, err := store.Open(store.Bolt, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, err := collect(context.Background(), st.QuadStore())
	if err != nil {
		t.Fatal(err)
	}
	all, _ := groupsOfQuads(r.quads)
	isNew, err := newArticles(os.Getenv("NEWSGRAPH_DIRTY_NEW"))
	if err != nil {
		t.Fatal(err)
	}
	var old []*group
	for _, g := range all {
		if isNew[g.article] {
			g.tail = true
		} else {
			old = append(old, g)
		}
	}
	keys.start(len(all))
	defer keys.stop()
	co, mo := membersOf(old)
	_, work := co.clusterTargets(mo, nil, true)
	prior := keepClusters(work, map[quad.IRI]bool{})
	var data []byte
	enc := cpuTime(func() { data = prior.encode() })
	var back *clusterKept
	dec := cpuTime(func() { back = decodeClusterKept(data) })
	c, members := membersOf(all)
	const runs = 10
	whole := cpuTime(func() {
		for range runs {
			c.clusterTargets(members, nil, false)
		}
	}) / runs
	clusterMemo.kept.Store(0)
	clusterMemo.summed.Store(0)
	clusterMemo.counted.Store(0)
	kept := cpuTime(func() {
		for range runs {
			_, w := c.clusterTargets(members, back, true)
			keepClusters(w, map[quad.IRI]bool{})
		}
	}) / runs
	t.Logf("%d groups (%d new), %d clusters; kept state %d bytes (%d clusters), encoded in %s of CPU, decoded in %s",
		len(all), len(all)-len(old), len(members), len(data), len(prior.clusters), enc, dec)
	t.Logf("rule 7 whole: %s of CPU per run; from the kept state and keeping again: %s per run (clusters kept %d, from tallies %d, counted %d per run)",
		whole, kept,
		clusterMemo.kept.Load()/int64(runs), clusterMemo.summed.Load()/int64(runs), clusterMemo.counted.Load()/int64(runs))
}
