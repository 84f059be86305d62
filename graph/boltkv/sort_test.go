package boltkv

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestRadixSortByKey(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, c := range []struct {
		n, dirs int
		max     uint64
	}{{0, 2, 10}, {1, 3, 10}, {1000, 2, 5}, {5000, 3, 1 << 20}, {5000, 1, 1 << 62}, {3000, 4, 300}} {
		entries := make([]indexEntry, c.n)
		for i := range entries {
			for k := 0; k < c.dirs; k++ {
				entries[i].key[k] = rng.Uint64N(c.max)
			}
			entries[i].id = uint64(i + 1) // ascending, as links come
		}
		want := slices.Clone(entries)
		slices.SortFunc(want, func(x, y indexEntry) int {
			for k := range x.key {
				if x.key[k] != y.key[k] {
					return cmpU64(x.key[k], y.key[k])
				}
			}
			return cmpU64(x.id, y.id)
		})
		radixSortByKey(entries, c.dirs)
		if !slices.Equal(entries, want) {
			t.Errorf("%d entries of %d directions below %d: not sorted by key and id", c.n, c.dirs, c.max)
		}
	}
}
