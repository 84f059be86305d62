// Package boltkv reads and writes Cayley's key-value layout (graph/kv, data
// version 2) directly, underneath a Cayley quad store, where Cayley's own
// paths are slow for what newsgraph does in bulk: Writer adds a batch of
// quads to a bolt store (bulk loads), ScanQuads reads every quad of the log
// with one cursor (the query digest).
//
// The layout, as Cayley writes it:
//
//	meta          version, indexes (JSON), size (quads), horizon (last id): little-endian int64s
//	log           big-endian id → proto.Primitive: a node (its value) or a quad (its node ids)
//	v<h0><h1>     sha1 of a value (h is its first two bytes) → uvarint node id
//	n<h0><h1>     sha1 of a value → uvarint count of the quads that use it, per direction
//	sp, ops, c…   one bucket per quad index, named by its directions' prefixes:
//	              big-endian node ids of those directions → uvarint list of quad ids, ascending
//
// Cayley does not export the database under its store; KV reaches it by
// reflection. When a Cayley upgrade moves it, KV returns nil, callers fall
// back to Cayley's own paths, and this package's tests fail so that it gets
// fixed.
package boltkv

import (
	"errors"
	"reflect"
	"unsafe"

	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/hidal-go/hidalgo/kv"
	"google.golang.org/protobuf/encoding/protowire"
)

// dataVersion is the version of Cayley's layout this package knows
// (graph/kv's latestDataVersion).
const dataVersion = 2

var (
	metaBucket = []byte("meta")
	logBucket  = []byte("log")
)

// KV returns the key-value database under a Cayley key-value quad store, or
// nil for any other store.
func KV(qs graph.QuadStore) kv.KV {
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

// Entry is one entry of the log: Cayley's proto.Primitive, read without
// copying a node's value.
type Entry struct {
	ID      uint64
	Dir     [4]uint64 // a quad's node ids: subject, predicate, object, label (0: none)
	Node    bool      // a node, not a quad
	Deleted bool      // a deleted quad
}

// DecodeEntry reads a log entry. Primitive's fields: 1 ID, 2-5 the quad's
// node ids, 7 Timestamp, 8 a node's value, 9 Deleted.
func DecodeEntry(b []byte) (Entry, error) {
	var e Entry
	if b == nil {
		return e, errors.New("log entry: missing")
	}
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return e, logError(n)
		}
		b = b[n:]
		switch {
		case typ == protowire.VarintType:
			v, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return e, logError(n)
			}
			b = b[n:]
			switch {
			case num == 1:
				e.ID = v
			case num >= 2 && num <= 5:
				e.Dir[num-2] = v
			case num == 9:
				e.Deleted = v != 0
			}
		case num == 8 && typ == protowire.BytesType:
			v, n := protowire.ConsumeBytes(b)
			if n < 0 {
				return e, logError(n)
			}
			e.Node = len(v) > 0
			b = b[n:]
		default:
			n := protowire.ConsumeFieldValue(num, typ, b)
			if n < 0 {
				return e, logError(n)
			}
			b = b[n:]
		}
	}
	return e, nil
}

func logError(n int) error {
	return errors.Join(errors.New("log entry"), protowire.ParseError(n))
}
