// Package strtable is a read-only map from strings to non-zero uint32
// values, laid out for the extractor's per-token lookups: open addressing
// over 16-byte slots that hold a string of up to 11 bytes inline (most words
// and every suffix), so that a lookup reads one slot where a Go map reads a
// control word, a slot and the key's bytes elsewhere; longer strings are in
// a Go map.
package strtable

import "hash/maphash"

// Table maps strings to values; 0 means "not there".
type Table struct {
	slots []slot
	mask  uint64
	seed  maphash.Seed
	long  map[string]uint32
}

// slot is one slot: n is the key's length plus one (0: empty).
type slot struct {
	key [11]byte
	n   uint8
	val uint32
}

// New indexes vals; entries whose value is 0 are left out.
func New(vals map[string]uint32) Table {
	t := Table{seed: maphash.MakeSeed(), long: map[string]uint32{}}
	size := 1
	for size < 3*len(vals)/2+1 {
		size <<= 1
	}
	t.slots, t.mask = make([]slot, size), uint64(size-1)
	for s, v := range vals {
		if v == 0 {
			continue
		}
		if len(s) > len(slot{}.key) {
			t.long[s] = v
			continue
		}
		i := maphash.String(t.seed, s) & t.mask
		for t.slots[i].n != 0 {
			i = (i + 1) & t.mask
		}
		sl := &t.slots[i]
		copy(sl.key[:], s)
		sl.n, sl.val = uint8(len(s)+1), v
	}
	return t
}

// NewFrom indexes keys[i] to vals[i], as New indexes the map that these
// assignments in order would make: a key given twice takes its last value,
// and entries whose value is 0 are left out. A reader of a list fills the
// table without building that map first.
func NewFrom(keys []string, vals []uint32) Table {
	t := Table{seed: maphash.MakeSeed(), long: map[string]uint32{}}
	size := 1
	for size < 3*len(keys)/2+1 {
		size <<= 1
	}
	t.slots, t.mask = make([]slot, size), uint64(size-1)
	for i, s := range keys {
		v := vals[i]
		if len(s) > len(slot{}.key) {
			if v == 0 {
				delete(t.long, s)
			} else {
				t.long[s] = v
			}
			continue
		}
		t.set(s, v)
	}
	return t
}

// set gives s the value v in the slots (0: none); a key set to 0 keeps its
// slot with value 0, which Get reads as "not there".
func (t *Table) set(s string, v uint32) {
	n := uint8(len(s) + 1)
	for i := maphash.String(t.seed, s) & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.n == n && string(sl.key[:len(s)]) == s {
			sl.val = v
			return
		}
		if sl.n == 0 {
			if v != 0 {
				copy(sl.key[:], s)
				sl.n, sl.val = n, v
			}
			return
		}
	}
}

// Built reports whether New made t: the zero Table is not built.
func (t *Table) Built() bool { return t.slots != nil }

// Get returns the value of s, 0 when s is not in the table.
func (t *Table) Get(s string) uint32 {
	if len(s) > len(slot{}.key) {
		return t.long[s]
	}
	return t.probe(maphash.String(t.seed, s), s)
}

// GetBytes is Get for the string spelled by b, without copying it.
func (t *Table) GetBytes(b []byte) uint32 {
	if len(b) > len(slot{}.key) {
		return t.long[string(b)]
	}
	return t.probe(maphash.Bytes(t.seed, b), string(b))
}

func (t *Table) probe(h uint64, s string) uint32 {
	n := uint8(len(s) + 1)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.n == n && string(sl.key[:len(s)]) == s {
			return sl.val
		}
		if sl.n == 0 {
			return 0
		}
	}
}
