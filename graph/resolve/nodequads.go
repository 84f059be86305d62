package resolve

import (
	"context"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// quadsOfNodes returns, for each node, every quad with it as its subject or
// object (a loop once, as a subject). It reads the quads' refs first and
// then each distinct value once, in batches (refTable), where reading each
// quad on its own reads its four values in a transaction of their own.
func quadsOfNodes(ctx context.Context, qs graph.QuadStore, nodes []quad.IRI) ([][]quad.Quad, error) {
	t := newRefTable()
	var nums [][4]int32
	ends := make([]int, len(nodes))
	for i, node := range nodes {
		ref, err := qs.ValueOf(node)
		if err != nil {
			return nil, err
		}
		if ref != nil {
			self := t.num(ref)
			for _, d := range []quad.Direction{quad.Subject, quad.Object} {
				if nums, err = appendQuadRefs(ctx, qs, t, nums, ref, d, self); err != nil {
					return nil, err
				}
			}
		}
		ends[i] = len(nums)
	}
	vals, err := t.values(qs)
	if err != nil {
		return nil, err
	}
	out := make([][]quad.Quad, len(nodes))
	all := make([]quad.Quad, len(nums))
	for j, n := range nums {
		all[j] = quad.Quad{Subject: valueAt(vals, n[0]), Predicate: valueAt(vals, n[1]), Object: valueAt(vals, n[2]), Label: valueAt(vals, n[3])}
	}
	start := 0
	for i, end := range ends {
		out[i] = all[start:end:end]
		start = end
	}
	return out, nil
}

// appendQuadRefs appends the numbers of the values of the quads with ref in
// direction d; in the object direction, not those with ref as their subject
// too (number self).
func appendQuadRefs(ctx context.Context, qs graph.QuadStore, t *refTable, nums [][4]int32, ref graph.Ref, d quad.Direction, self int32) ([][4]int32, error) {
	it := qs.QuadIterator(d, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q := it.Result()
		var n [4]int32
		for j, dir := range quad.Directions {
			r, err := qs.QuadDirection(q, dir)
			if err != nil {
				return nil, err
			}
			n[j] = t.num(r)
		}
		if d == quad.Object && n[0] == self {
			continue // a loop, seen as subject already
		}
		nums = append(nums, n)
	}
	return nums, it.Err()
}
