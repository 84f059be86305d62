package nlp

import "hash/maphash"

// termIndex is the tagger's map from strings to entries once the model is
// read, laid out for lookups: open addressing over 16-byte slots that hold
// a string of up to 11 bytes inline (most words and every suffix), so that
// a lookup reads one slot, where a Go map reads a control word, a slot and
// the key's bytes elsewhere in the model; longer strings are in a Go map.
// The tagger looks up every token three or four times.
type termIndex struct {
	slots []termSlot
	mask  uint64
	seed  maphash.Seed
	long  map[string]int32
}

// termSlot is one slot: n is the key's length plus one (0: empty).
type termSlot struct {
	key   [11]byte
	n     uint8
	entry int32
}

// newTermIndex indexes the strings of terms, which map to entries.
func newTermIndex(terms map[string]int32) termIndex {
	x := termIndex{seed: maphash.MakeSeed(), long: map[string]int32{}}
	size := 1
	for size < 3*len(terms)/2+1 {
		size <<= 1
	}
	x.slots = make([]termSlot, size)
	x.mask = uint64(size - 1)
	for s, e := range terms {
		if len(s) > len(termSlot{}.key) {
			x.long[s] = e
			continue
		}
		i := maphash.String(x.seed, s) & x.mask
		for x.slots[i].n != 0 {
			i = (i + 1) & x.mask
		}
		sl := &x.slots[i]
		copy(sl.key[:], s)
		sl.n, sl.entry = uint8(len(s)+1), e
	}
	return x
}

// get returns the entry of s, or -1.
func (x *termIndex) get(s string) int32 {
	if len(s) > len(termSlot{}.key) {
		if e, ok := x.long[s]; ok {
			return e
		}
		return -1
	}
	n := uint8(len(s) + 1)
	for i := maphash.String(x.seed, s) & x.mask; ; i = (i + 1) & x.mask {
		sl := &x.slots[i]
		if sl.n == n && string(sl.key[:len(s)]) == s {
			return sl.entry
		}
		if sl.n == 0 {
			return -1
		}
	}
}
