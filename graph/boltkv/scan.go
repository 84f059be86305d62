package boltkv

import (
	"context"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	"github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/options"
)

// ScanQuads calls fn with every live quad of a Cayley key-value store's log,
// in id order, as refs of that store. Cayley's own iterator over all quads
// looks each id up on its own, in a new transaction per hundred; one cursor
// over the log is several times faster. ScanQuads returns false when qs is
// no key-value store it can read.
func ScanQuads(ctx context.Context, qs graph.QuadStore, fn func(s, p, o, l graph.Ref)) (bool, error) {
	db := KV(qs)
	if db == nil {
		return false, nil
	}
	tx, err := db.Tx(ctx, false)
	if err != nil {
		return true, err
	}
	defer tx.Close()
	it := tx.Scan(ctx, options.WithPrefixKV(kv.Key{logBucket}))
	defer it.Close()
	ref := func(id uint64) graph.Ref {
		if id == 0 {
			return nil
		}
		return ckv.Int64Value(id)
	}
	for i := 0; it.Next(ctx); i++ {
		if i&4095 == 0 {
			if err := ctx.Err(); err != nil {
				return true, err
			}
		}
		e, err := DecodeEntry(it.Val())
		if err != nil {
			return true, err
		}
		if e.Deleted || e.Node {
			continue
		}
		fn(ref(e.Dir[0]), ref(e.Dir[1]), ref(e.Dir[2]), ref(e.Dir[3]))
	}
	return true, it.Err()
}

// EachQuad calls fn with the refs of every quad of qs: one cursor over the
// log of a key-value store (ScanQuads), or Cayley's iterator over all quads
// for any other store.
func EachQuad(ctx context.Context, qs graph.QuadStore, fn func(s, p, o, l graph.Ref)) error {
	if ok, err := ScanQuads(ctx, qs, fn); ok {
		return err
	}
	return EachQuadOf(ctx, qs, fn)
}

// EachQuadOf is EachQuad through Cayley's iterator, for any store.
func EachQuadOf(ctx context.Context, qs graph.QuadStore, fn func(s, p, o, l graph.Ref)) error {
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for i := 0; it.Next(ctx); i++ {
		if i&4095 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		q := it.Result()
		var dirs [4]graph.Ref
		for j, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
			r, err := qs.QuadDirection(q, d)
			if err != nil {
				return err
			}
			dirs[j] = r
		}
		fn(dirs[0], dirs[1], dirs[2], dirs[3])
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}
