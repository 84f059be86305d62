package queries

import (
	"context"
	"errors"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
)

// storeStats is qs.Stats, where a key-value store that has never been
// written (Cayley's kv layer has no buckets yet, and says "kv: no bucket")
// counts as empty instead of failing.
func storeStats(ctx context.Context, qs graph.QuadStore) (graph.Stats, error) {
	st, err := qs.Stats(ctx, false)
	if errors.Is(err, kv.ErrNoBucket) {
		return graph.Stats{}, nil
	}
	return st, err
}
