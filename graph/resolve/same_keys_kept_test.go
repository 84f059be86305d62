package resolve

import (
	"math/rand"
	"reflect"
	"testing"

	"github.com/cayleygraph/quad"
)

// sameKeysNodes are union-find nodes that rule 1 ties in every way: one
// squashed key, a country word's rest (a chain of two), one typo block with
// typos (and a block one node short of the 400 cap some runs pass), a
// person's and a place's.
var sameKeysNodes = func() []string {
	n := []string{
		"e:us air", "e:usair", "e:u sair", "e:usa ir group",
		"e:federal reserve board", "e:us federal reserve board", "e:uk federal reserve board", "e:usa federal reserve board",
		"e:federal home loan bank", "e:us federal home loan bank", "e:federal home loan bank board",
		"e:international finance corporation", "e:international finance corporatoin", "e:international finanse corporation",
		"e:international finance corp group", "e:international finance corporation@a1",
		"e:securities exchange commission", "e:securities exchange comission", "e:securities exchange commision",
		"e:john william smithson", "e:john william smithsen",
		"p:new york city hall", "p:new york city hal", "p:newyork city hall",
		"e:kidder", "e:peabody", "p:georgia",
	}
	// A crowded block (family e, first word "national", three words),
	// with typos: over the cap of the test (typoBlockCap) in some runs.
	for i := 0; i < 9; i++ {
		n = append(n, "e:national "+string(rune('a'+i%3))+"xxxxxxxxxx holdin"+string(rune('g'+i/3)))
	}
	return n
}()

// wholeSameKeys clusters nodes by joinSameKeys from nothing.
func wholeSameKeys(nodes []string, legal, person map[string]bool) *clustering {
	c := &clustering{uf: &unionFind{parent: map[string]string{}}, reason: map[string]string{}, legal: legal, isPerson: person}
	for _, n := range nodes {
		c.uf.find(n)
	}
	c.joinSameKeys(sortedKeys(c.uf.parent))
	return c
}

// Rules 1 and 2 from the state a clustering of other nodes kept give what
// they give from nothing, whatever nodes came, went or changed flags.
func TestSameKeysFromKept(t *testing.T) {
	save, cap := verifyKept, typoBlockCap
	verifyKept = false // compared here, not by panic
	typoBlockCap = 7   // the crowded block of sameKeysNodes passes it in some runs
	defer func() { verifyKept, typoBlockCap = save, cap }()
	draw := func(rng *rand.Rand, share float64) ([]string, map[string]bool, map[string]bool) {
		var nodes []string
		legal, person := map[string]bool{}, map[string]bool{}
		for _, n := range sameKeysNodes {
			if rng.Float64() < share {
				nodes = append(nodes, n)
				legal[n] = rng.Intn(5) == 0
				person[n] = rng.Intn(8) == 0
			}
		}
		return nodes, legal, person
	}
	var again, joins int
	for seed := int64(1); seed <= 300; seed++ {
		rng := rand.New(rand.NewSource(seed))
		a, la, pa := draw(rng, 0.5+rng.Float64()/2)
		prior := wholeSameKeys(a, la, pa).sameKeysState()
		// The next run: most nodes and flags as before, some changed.
		b, lb, pb := draw(rng, 0.95)
		for _, n := range a {
			if rng.Intn(10) != 0 {
				if _, ok := lb[n]; !ok {
					b = append(b, n)
				}
				lb[n], pb[n] = la[n], pa[n]
			}
		}
		want := wholeSameKeys(b, lb, pb)
		got := &clustering{uf: &unionFind{parent: map[string]string{}}, reason: map[string]string{}, legal: lb, isPerson: pb}
		for _, n := range b {
			got.uf.find(n)
		}
		sameKeysMemo.kept.Store(0)
		got.joinSameKeysFrom(&prior, sortedKeys(got.uf.parent))
		if sameKeysMemo.kept.Load() > 0 {
			again++
		}
		if w, g := want.sameKeysState(), got.sameKeysState(); !reflect.DeepEqual(w, g) {
			for i := range w.nodes {
				if i >= len(g.nodes) || w.nodes[i] != g.nodes[i] {
					t.Fatalf("seed %d: from the kept state %+v, from nothing %+v", seed, g.nodes[min(i, len(g.nodes)-1)], w.nodes[i])
				}
			}
			t.Fatalf("seed %d: from the kept state %d nodes, from nothing %d", seed, len(g.nodes), len(w.nodes))
		}
		for _, n := range want.sameKeysState().nodes {
			if n.root != n.node {
				joins++
			}
		}
	}
	// The test means something only if runs took clusters from the kept
	// state and the nodes joined.
	if again < 100 || joins < 1000 {
		t.Errorf("%d runs took clusters from the kept state, %d joins in all: the draw tests too little", again, joins)
	}
}

// A kept state reads back as written; a damaged one does not read.
func TestKeptStateEncoding(t *testing.T) {
	c := wholeSameKeys(sameKeysNodes[:30], map[string]bool{"e:us air": true}, map[string]bool{"e:kidder": true})
	k := &keptState{version: keptVersion, same: c.sameKeysState()}
	k.state.Horizon, k.state.Size = 1234, 99
	k.acro = &acronymKept{votes: map[string][]groupRef{"e:sec": {{"org/a", "article/1", ""}, {"org/b", "article/2", "org/b-inc"}}, "p:us": {{"place/c", "article/1", ""}}},
		touched: map[quad.IRI]bool{"article/3": true}}
	data := k.encode()
	back, err := decodeKept(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, k) {
		t.Errorf("read back %+v, wrote %+v", back, k)
	}
	for _, bad := range [][]byte{data[:len(data)-1], append(append([]byte{}, data...), 0), []byte("ng-resolve-kept/0\n"), nil} {
		if _, err := decodeKept(bad); err == nil {
			t.Errorf("a damaged kept state (%d bytes) read", len(bad))
		}
	}
}
