package boltkv

import (
	"bytes"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
)

// A side table is a bucket of its own inside the side bucket: many small
// entries a command keeps by key (a resolution's group records), read and
// written a few at a time, and dropped at once (a bucket is freed whole,
// not key by key).

// SideTableGet returns the data of each key of a side table, nil for a key
// it does not hold (or when the table or the store is not there). The
// slices are the caller's.
func SideTableGet(qs graph.QuadStore, table string, keys []string) ([][]byte, error) {
	out := make([][]byte, len(keys))
	db := boltDB(qs)
	if db == nil {
		return out, nil
	}
	err := db.View(func(tx *bolt.Tx) error {
		b := sideTable(tx, table)
		if b == nil {
			return nil
		}
		for i, k := range keys {
			if v := b.Get([]byte(k)); v != nil {
				out[i] = bytes.Clone(v)
			}
		}
		return nil
	})
	return out, err
}

// SideTableScan calls fn with each key of a side table that starts with
// prefix and its data, in key order, until fn returns an error. The slices
// are bolt's mapping of the file, valid only while fn runs.
func SideTableScan(qs graph.QuadStore, table, prefix string, fn func(key, data []byte) error) error {
	db := boltDB(qs)
	if db == nil {
		return nil
	}
	return db.View(func(tx *bolt.Tx) error {
		b := sideTable(tx, table)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		p := []byte(prefix)
		for k, v := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
			if err := fn(k, v); err != nil {
				return err
			}
		}
		return nil
	})
}

// UpdateSideTable writes entries into a side table in one transaction (nil
// data deletes a key), making the table when it is not there; with
// replace, the table is dropped first and holds only entries after.
// Entries in key order are written fastest.
func UpdateSideTable(qs graph.QuadStore, table string, replace bool, entries []SideEntry) error {
	db := boltDB(qs)
	if db == nil {
		return nil
	}
	return db.Update(func(tx *bolt.Tx) error {
		side, err := tx.CreateBucketIfNotExists(sideBucket)
		if err != nil {
			return err
		}
		if replace && side.Bucket([]byte(table)) != nil {
			if err := side.DeleteBucket([]byte(table)); err != nil {
				return err
			}
		}
		b, err := side.CreateBucketIfNotExists([]byte(table))
		if err != nil {
			return err
		}
		if replace {
			b.FillPercent = 1 // written in key order, never split again
		}
		return putEntries(b, entries)
	})
}

func sideTable(tx *bolt.Tx, table string) *bolt.Bucket {
	side := tx.Bucket(sideBucket)
	if side == nil {
		return nil
	}
	return side.Bucket([]byte(table))
}
