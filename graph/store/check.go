package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"runtime/debug"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/quad"
)

// ErrDamaged is returned (wrapped) for a store whose file is damaged.
var ErrDamaged = errors.New("damaged")

// ErrNoStore is returned (wrapped) when a store opened read-only does not
// exist.
var ErrNoStore = errors.New("no store")

// Bolt's file layout (github.com/boltdb/bolt): pages 0 and 1 each hold a
// meta record after a 16-byte page header.
const (
	boltMagic       = 0xED0CDAED
	boltVersion     = 2
	boltPageHeader  = 16
	boltMetaSize    = 64 // magic .. txid, then the checksum
	boltMetaSumSize = 56
)

// boltMeta is what CheckBoltFile reads of a meta page.
type boltMeta struct {
	pageSize uint32
	pgid     uint64 // the high-water mark: pages the file must hold
}

func readBoltMeta(b []byte) (boltMeta, error) {
	if len(b) < boltPageHeader+boltMetaSize {
		return boltMeta{}, errors.New("short meta page")
	}
	m := b[boltPageHeader : boltPageHeader+boltMetaSize]
	le := binary.LittleEndian
	if le.Uint32(m[0:]) != boltMagic {
		return boltMeta{}, errors.New("not a bolt file (bad magic number)")
	}
	if v := le.Uint32(m[4:]); v != boltVersion {
		return boltMeta{}, fmt.Errorf("bolt file version %d, want %d", v, boltVersion)
	}
	if sum := le.Uint64(m[boltMetaSumSize:]); sum != 0 {
		h := fnv.New64a()
		h.Write(m[:boltMetaSumSize])
		if h.Sum64() != sum {
			return boltMeta{}, errors.New("meta page checksum mismatch")
		}
	}
	return boltMeta{pageSize: le.Uint32(m[8:]), pgid: le.Uint64(m[40:])}, nil
}

// CheckBoltFile checks a bolt file before it is mapped into memory: it is
// not empty, one of its two meta pages is valid, and the file holds every
// page the meta page counts. Bolt itself would map a truncated file and the
// process would die of SIGBUS on the first read past its end, or take an
// empty file for a new store.
func CheckBoltFile(file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("%s: %w: not a regular file", file, ErrDamaged)
	}
	size := fi.Size()
	if size == 0 {
		return fmt.Errorf("%s: %w: the file is empty (0 bytes)", file, ErrDamaged)
	}
	head := make([]byte, 4096)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%s: %w", file, err)
	}
	m0, err0 := readBoltMeta(head[:n])
	ps := int64(os.Getpagesize())
	if err0 == nil {
		ps = int64(m0.pageSize)
	}
	second := make([]byte, boltPageHeader+boltMetaSize)
	_, err = f.ReadAt(second, ps)
	var m1 boltMeta
	err1 := err
	if err == nil {
		m1, err1 = readBoltMeta(second)
	}
	var m boltMeta
	switch {
	case err0 == nil && err1 == nil:
		m = m0
		if m1.pgid > m.pgid {
			m = m1
		}
	case err0 == nil:
		m = m0
	case err1 == nil:
		m = m1
	default:
		return fmt.Errorf("%s: %w: no valid meta page (%v)", file, ErrDamaged, err0)
	}
	if m.pageSize < 512 || m.pageSize > 1<<20 {
		return fmt.Errorf("%s: %w: page size %d", file, ErrDamaged, m.pageSize)
	}
	if need := int64(m.pgid) * int64(m.pageSize); need > size {
		return fmt.Errorf("%s: %w: the file is truncated (%d bytes, its pages need %d)", file, ErrDamaged, size, need)
	}
	return nil
}

// Report is what Check found.
type Report struct {
	Quads    int64    // quads read
	Problems []string // empty when the store is sound
}

// Check reads the whole store: for bolt, every bucket and key (in order),
// then every quad and the values of its four directions. It returns the problems
// found (at most 20) rather than stopping at the first. Changed bytes in a
// value are found when the value no longer leads back to its node.
func (s *Store) Check(ctx context.Context) (rep *Report, err error) {
	r := &Report{}
	add := func(format string, args ...any) {
		if len(r.Problems) < 20 {
			r.Problems = append(r.Problems, fmt.Sprintf(format, args...))
		}
	}
	defer func() {
		// Damaged pages can make the key-value layer panic anywhere.
		if p := recover(); p != nil {
			add("reading the store: %v", p)
			rep, err = r, nil
		}
	}()
	if s.bolt != nil {
		// Every bucket and key, in this goroutine so that a damaged page
		// is a recovered panic (bolt's own Tx.Check panics in a goroutine
		// of its own), with keys in order as a B+tree keeps them.
		debug.SetPanicOnFault(true)
		defer debug.SetPanicOnFault(false)
		err := s.bolt.View(func(tx *bolt.Tx) (err error) {
			defer func() {
				if p := recover(); p != nil {
					add("bolt: reading pages: %v", p)
				}
			}()
			var walk func(name string, b *bolt.Bucket)
			walk = func(name string, b *bolt.Bucket) {
				var prev []byte
				b.ForEach(func(k, v []byte) error {
					if prev != nil && bytes.Compare(prev, k) >= 0 {
						add("bolt: bucket %q: keys out of order", name)
					}
					prev = append(prev[:0], k...)
					if v == nil {
						if sub := b.Bucket(k); sub != nil {
							walk(name+"/"+string(k), sub)
						}
					}
					return nil
				})
			}
			return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
				walk(string(name), b)
				return nil
			})
		})
		if err != nil {
			add("bolt: %v", err)
		}
	}
	var panicked error
	func() {
		// Damaged pages can make the key-value layer panic.
		defer func() {
			if p := recover(); p != nil {
				panicked = fmt.Errorf("%v", p)
			}
		}()
		it := s.qs.QuadsAllIterator().Iterate()
		defer it.Close()
		for it.Next(ctx) {
			ref := it.Result()
			q, err := s.qs.Quad(ref)
			if err != nil {
				add("quad %v: %v", ref.Key(), err)
				continue
			}
			r.Quads++
			if q.Subject == nil || q.Predicate == nil || q.Object == nil {
				add("quad %v: a value is missing (%v)", ref.Key(), q)
				continue
			}
			// Each value must lead back to the node it was read from: a
			// changed byte in a value breaks the round trip.
			for _, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
				v := q.Get(d)
				if v == nil {
					continue
				}
				back, err := s.qs.ValueOf(v)
				node, err2 := s.qs.QuadDirection(ref, d)
				if err != nil || err2 != nil || back == nil || node == nil || back.Key() != node.Key() {
					add("quad %v: the %s value %.80s does not lead back to its node", ref.Key(), d, v)
				}
			}
		}
		if err := it.Err(); err != nil {
			add("reading quads: %v", err)
		}
	}()
	if panicked != nil {
		add("reading quads: %v", panicked)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	st, err := s.qs.Stats(ctx, true)
	if err == nil && st.Quads.Value != r.Quads {
		add("the store counts %d quads but %d were read", st.Quads.Value, r.Quads)
	}
	return r, nil
}
