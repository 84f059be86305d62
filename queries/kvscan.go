package queries

import (
	"context"
	"fmt"
	"reflect"
	"unsafe"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/options"
	"google.golang.org/protobuf/encoding/protowire"
)

// Cayley's key-value stores (bolt) keep every node and quad in a log bucket
// keyed by id, and their iterator over all quads looks each id up on its own,
// in a new transaction per hundred. Reading the bucket with one cursor is
// several times faster; that is the one pass the digest needs. kvDB reaches
// the store's database, which Cayley does not export; when a Cayley upgrade
// changes its layout, the digest falls back to the iterator (and the package
// tests fail, so the reader gets fixed).

var logBucket = kv.Key{[]byte("log")}

// kvDB returns the key-value database under a Cayley kv quad store, or nil.
func kvDB(qs graph.QuadStore) kv.KV {
	kqs, ok := qs.(*ckv.QuadStore)
	if !ok || kqs == nil {
		return nil
	}
	f := reflect.ValueOf(kqs).Elem().FieldByName("db")
	if !f.IsValid() || f.Type() != reflect.TypeOf((*kv.KV)(nil)).Elem() {
		return nil
	}
	return *(*kv.KV)(unsafe.Pointer(f.UnsafeAddr()))
}

// scanKVQuads calls fn with every live quad of a kv store's log, in id order,
// as refs of that store. It returns false when qs is no kv store it can read.
func scanKVQuads(ctx context.Context, qs graph.QuadStore, fn func(s, p, o, l graph.Ref)) (bool, error) {
	db := kvDB(qs)
	if db == nil {
		return false, nil
	}
	tx, err := db.Tx(ctx, false)
	if err != nil {
		return true, err
	}
	defer tx.Close()
	it := tx.Scan(ctx, options.WithPrefixKV(logBucket))
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
		q, err := decodePrimitive(it.Val())
		if err != nil {
			return true, err
		}
		if q.deleted || q.node {
			continue
		}
		fn(ref(q.s), ref(q.p), ref(q.o), ref(q.l))
	}
	return true, it.Err()
}

// primitive is what the digest needs of one entry of the log: Cayley's
// proto.Primitive (fields 2-5 the quad's node ids, 8 a node's value, 9 the
// deleted flag), read without copying the value.
type primitive struct {
	s, p, o, l    uint64
	node, deleted bool
}

func decodePrimitive(b []byte) (primitive, error) {
	var q primitive
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return q, fmt.Errorf("log entry: %w", protowire.ParseError(n))
		}
		b = b[n:]
		if typ == protowire.VarintType {
			v, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return q, fmt.Errorf("log entry: %w", protowire.ParseError(n))
			}
			b = b[n:]
			switch num {
			case 2:
				q.s = v
			case 3:
				q.p = v
			case 4:
				q.o = v
			case 5:
				q.l = v
			case 9:
				q.deleted = v != 0
			}
			continue
		}
		if num == 8 && typ == protowire.BytesType {
			v, n := protowire.ConsumeBytes(b)
			if n < 0 {
				return q, fmt.Errorf("log entry: %w", protowire.ParseError(n))
			}
			q.node = len(v) > 0
			b = b[n:]
			continue
		}
		n = protowire.ConsumeFieldValue(num, typ, b)
		if n < 0 {
			return q, fmt.Errorf("log entry: %w", protowire.ParseError(n))
		}
		b = b[n:]
	}
	return q, nil
}
