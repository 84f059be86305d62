package store

import (
	"context"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// EachNode calls fn for the node in direction result of each quad matching
// filter (a node fixed in one or more directions), through the store's
// indexes: on bolt, a subject and a predicate read one prefix of the
// subject-predicate index, not every quad of the subject.
func EachNode(ctx context.Context, qs graph.QuadStore, result quad.Direction, filter map[quad.Direction]graph.Ref, fn func(graph.Ref)) error {
	s := shape.QuadsAction{Result: result, Filter: map[quad.Direction]refs.Ref{}}
	for d, r := range filter {
		s.Filter[d] = r
	}
	it := shape.BuildIterator(ctx, qs, s)
	return iterator.Iterate(ctx, it).Each(func(r refs.Ref) error {
		fn(r)
		return nil
	})
}
