package boltkv

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/boltdb/bolt"
)

// TestCommitWritesEveryPage checks the commits of newsgraph's bolt
// (third_party/bolt: page buffers cut from a ring written out when full,
// runs of pages written with pwritev): commits of thousands of pages, more
// than the ring holds and more than one call takes, in runs broken by
// reused free pages, with values of several pages, read back after the
// file is opened again.
func TestCommitWritesEveryPage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.bolt")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	want := map[string][]byte{}
	value := func(k uint64, n int) []byte {
		v := make([]byte, n)
		for i := range v {
			v[i] = byte(k>>uint(8*(i%8))) ^ byte(i)
		}
		return v
	}
	for round := range 4 {
		err := db.Update(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists([]byte("b"))
			if err != nil {
				return err
			}
			for i := 0; i < 12000; i++ {
				k := rng.Uint64()
				n := 20 + rng.IntN(300)
				if i%1000 == 0 {
					n = 3*4096 + rng.IntN(20000) // overflow pages
				}
				key := binary.BigEndian.AppendUint64(nil, k)
				v := value(k, n)
				if err := b.Put(key, v); err != nil {
					return err
				}
				want[string(key)] = v
			}
			// Delete some: later rounds reuse their pages.
			c := b.Cursor()
			i := 0
			for k, _ := c.First(); k != nil; k, _ = c.Next() {
				if i%7 == round {
					delete(want, string(k))
					if err := c.Delete(); err != nil {
						return err
					}
				}
				i++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if st := db.Stats(); st.TxStats.PageCount < 4000 || st.TxStats.Flush == 0 {
		t.Fatalf("the commits wrote %d pages, the ring %d times before a commit's end; want thousands and some", st.TxStats.PageCount, st.TxStats.Flush)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			t.Error(err)
		}
		b := tx.Bucket([]byte("b"))
		n := 0
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			n++
			if w, ok := want[string(k)]; !ok || !bytes.Equal(v, w) {
				t.Fatalf("key %x: read %d bytes, want %d (stored %v)", k, len(v), len(w), ok)
			}
		}
		if n != len(want) {
			t.Errorf("read %d keys, want %d", n, len(want))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
