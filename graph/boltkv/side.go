package boltkv

import (
	"context"
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// sideBucket holds newsgraph's own data beside Cayley's layout (Cayley
// never reads it): derived data that a command keeps between runs, each
// entry stamped with the State it was made for.
var sideBucket = []byte("newsgraph")

// State is where a Cayley bolt store is in its history: the last id given
// (values and quads get ids in turn, never again) and the number of live
// quads. Adding quads raises Horizon; deleting one lowers Size and leaves
// Horizon. So with the live quads past an old Horizon counted, Size tells
// whether any quad at or before it was deleted since (see Since).
type State struct {
	Horizon int64
	Size    int64
}

func boltDB(qs graph.QuadStore) *bolt.DB {
	hdb, ok := KV(qs).(*hbolt.DB)
	if !ok || hdb == nil {
		return nil
	}
	return hdb.DB()
}

// StateOf returns the State of a Cayley bolt store; false for any other
// store.
func StateOf(qs graph.QuadStore) (State, bool, error) {
	db := boltDB(qs)
	if db == nil {
		return State{}, false, nil
	}
	var st State
	err := db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(metaBucket)
		if meta == nil {
			return ErrNotBolt
		}
		st = State{Horizon: metaInt(meta, "horizon"), Size: metaInt(meta, "size")}
		return nil
	})
	return st, err == nil, err
}

// Since calls fn with every live quad the store holds past the horizon of
// old, in id order (as ScanQuads), and returns the store's State now and
// whether old still holds: no quad of old was deleted since and the store is
// the same one (its horizon not behind old's). The quads seen past old's
// horizon plus those old held are then exactly the store's quads. It
// returns false, without calling fn, when the store's horizon is behind
// old's or it is not a Cayley bolt store.
func Since(ctx context.Context, qs graph.QuadStore, old State, fn func(s, p, o, l graph.Ref)) (State, bool, error) {
	var now State
	db := boltDB(qs)
	if db == nil {
		return now, false, nil
	}
	ref := func(id uint64) graph.Ref {
		if id == 0 {
			return nil
		}
		return ckv.Int64Value(id)
	}
	holds := false
	err := db.View(func(tx *bolt.Tx) error {
		meta, logb := tx.Bucket(metaBucket), tx.Bucket(logBucket)
		if meta == nil || logb == nil {
			return ErrNotBolt
		}
		now = State{Horizon: metaInt(meta, "horizon"), Size: metaInt(meta, "size")}
		if now.Horizon < old.Horizon || old.Horizon < 0 {
			return nil
		}
		var from [8]byte
		binary.BigEndian.PutUint64(from[:], uint64(old.Horizon)+1)
		c := logb.Cursor()
		live := int64(0)
		for i, k, v := 0, []byte(nil), []byte(nil); ; i++ {
			if i == 0 {
				k, v = c.Seek(from[:])
			} else {
				k, v = c.Next()
			}
			if k == nil {
				break
			}
			if i&4095 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			e, err := DecodeEntry(v)
			if err != nil {
				return fmt.Errorf("log entry %x: %w", k, err)
			}
			if e.Deleted || e.Node {
				continue
			}
			live++
			fn(ref(e.Dir[0]), ref(e.Dir[1]), ref(e.Dir[2]), ref(e.Dir[3]))
		}
		holds = now.Size == old.Size+live
		return nil
	})
	return now, holds, err
}

// Side returns the side data stored under key, nil when there is none or
// qs is not a Cayley bolt store. The slice is the caller's.
func Side(qs graph.QuadStore, key string) ([]byte, error) {
	db := boltDB(qs)
	if db == nil {
		return nil, nil
	}
	var out []byte
	err := db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(sideBucket); b != nil {
			if v := b.Get([]byte(key)); v != nil {
				out = append([]byte(nil), v...)
			}
		}
		return nil
	})
	return out, err
}

// ViewSide calls fn with the side data stored under key, nil when there is
// none or qs is not a Cayley bolt store. The slice is bolt's mapping of the
// file, valid only while fn runs: fn copies what it keeps (a resolution's
// snapshot, tens of megabytes, is decoded from it without a copy of its
// own).
func ViewSide(qs graph.QuadStore, key string, fn func(data []byte) error) error {
	db := boltDB(qs)
	if db == nil {
		return fn(nil)
	}
	return db.View(func(tx *bolt.Tx) error {
		var v []byte
		if b := tx.Bucket(sideBucket); b != nil {
			v = b.Get([]byte(key))
		}
		return fn(v)
	})
}

// SideEntry is a key of the side bucket and its data.
type SideEntry struct {
	Key  string
	Data []byte
}

// Sides returns the side data stored under the keys that start with prefix,
// in key order; nothing when qs is not a Cayley bolt store. The slices are
// the caller's.
func Sides(qs graph.QuadStore, prefix string) ([]SideEntry, error) {
	db := boltDB(qs)
	if db == nil {
		return nil, nil
	}
	var out []SideEntry
	err := db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(sideBucket)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, v := c.Seek([]byte(prefix)); k != nil && strings.HasPrefix(string(k), prefix); k, v = c.Next() {
			out = append(out, SideEntry{Key: string(k), Data: append([]byte(nil), v...)})
		}
		return nil
	})
	return out, err
}

// PutSide stores data under key in the side bucket of a Cayley bolt store
// (nil data deletes it); it does nothing for any other store.
func PutSide(qs graph.QuadStore, key string, data []byte) error {
	return PutSides(qs, SideEntry{Key: key, Data: data})
}

// PutSides stores entries as PutSide does, all in one transaction.
func PutSides(qs graph.QuadStore, entries ...SideEntry) error {
	db := boltDB(qs)
	if db == nil {
		return nil
	}
	return db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(sideBucket)
		if err != nil {
			return err
		}
		b.FillPercent = 1
		return putEntries(b, entries)
	})
}

// putEntries writes entries into b: an entry with nil Data deletes its key.
func putEntries(b *bolt.Bucket, entries []SideEntry) error {
	for _, e := range entries {
		var err error
		if e.Data == nil {
			err = b.Delete([]byte(e.Key))
		} else {
			err = b.Put([]byte(e.Key), e.Data)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
