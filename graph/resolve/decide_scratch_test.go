package resolve

import (
	"math/rand"
	"slices"
	"testing"
)

// One scratch tally counted again for cluster after cluster (the whole
// clustering's rule 7, which keeps no tally) counts each as a tally of its
// own does: random clusters of one group and of several, names repeated in
// one article's groups and across articles, places with a place's word.
func TestScratchTallyCountsAsTally(t *testing.T) {
	raws := []string{"org/acme-corp", "org/acme", "person/acme", "place/georgia", "place/georgia-state",
		"person/john-smith", "person/smith", "org/smith-and-co", "thing/acme", "place/new-york-state"}
	names := []string{"Acme Corp", "Acme", "ACME", "Georgia", "Ga.", "Georgia State", "John Smith", "Smith",
		"Smith's", "Smith and Co", "New York State"}
	rng := rand.New(rand.NewSource(33))
	var list []g
	for range 400 {
		var ns []string
		for range 1 + rng.Intn(3) {
			if n := names[rng.Intn(len(names))]; !slices.Contains(ns, n) {
				ns = append(ns, n)
			}
		}
		list = append(list, g{raws[rng.Intn(len(raws))], 1 + rng.Intn(60), 1987, ns})
	}
	groups := groupsOf(list)
	keys.start(len(groups))
	defer keys.stop()
	c := newClustering(groups)
	var scratch tally
	var buf tallyBuffers
	for draw := range 2000 {
		var idx []int
		if rng.Intn(2) == 0 {
			idx = []int{rng.Intn(len(groups))}
		} else {
			idx = rng.Perm(len(groups))[:2+rng.Intn(30)]
			slices.Sort(idx)
		}
		want := c.tallyOf(idx)
		if got := c.scratchTally(&scratch, &buf, idx); !got.equal(want) {
			t.Fatalf("draw %d, groups %v: scratch tally %+v, a tally of its own %+v", draw, idx, got, want)
		}
	}
}
