package nlp

import "hash/maphash"

// termIndex is the tagger's map from strings to entries once the model is
// read, laid out for lookups: open addressing over 16-byte slots that hold
// a string of up to 11 bytes inline (most words and every suffix), so that
// a lookup reads one slot, where a Go map reads a control word, a slot and
// the key's bytes elsewhere in the model; longer strings are in a Go map.
// The tagger looks up every token three or four times. A slot also holds
// the string's class in the model's tag map (the tags of unambiguous
// words), so that the lookup of a token's context word, which is the token
// itself for most tokens, answers both.
type termIndex struct {
	slots []termSlot
	mask  uint64
	seed  maphash.Seed
	long  map[string]uint32
}

// termSlot is one slot: n is the key's length plus one (0: empty); val
// packs the entry plus one (low 24 bits; 0: none) and the class plus one
// (high 8 bits; 0: none).
type termSlot struct {
	key [11]byte
	n   uint8
	val uint32
}

const (
	termEntryBits = 24
	termEntryMask = 1<<termEntryBits - 1
	// maxTermEntries is the most entries a termIndex holds.
	maxTermEntries = termEntryMask - 1
)

// newTermIndex indexes the strings of terms, which map to entries (below
// maxTermEntries), and of known, which map to classes (below 255).
func newTermIndex(terms map[string]int32, known map[string]uint8) termIndex {
	x := termIndex{seed: maphash.MakeSeed(), long: map[string]uint32{}}
	vals := make(map[string]uint32, len(terms)+len(known))
	for s, e := range terms {
		vals[s] = uint32(e + 1)
	}
	for s, c := range known {
		vals[s] |= uint32(c+1) << termEntryBits
	}
	size := 1
	for size < 3*len(vals)/2+1 {
		size <<= 1
	}
	x.slots = make([]termSlot, size)
	x.mask = uint64(size - 1)
	for s, v := range vals {
		if len(s) > len(termSlot{}.key) {
			x.long[s] = v
			continue
		}
		i := maphash.String(x.seed, s) & x.mask
		for x.slots[i].n != 0 {
			i = (i + 1) & x.mask
		}
		sl := &x.slots[i]
		copy(sl.key[:], s)
		sl.n, sl.val = uint8(len(s)+1), v
	}
	return x
}

// get returns the entry of s, or -1.
func (x *termIndex) get(s string) int32 {
	return int32(x.find(s)&termEntryMask) - 1
}

// getKnown returns the entry of s (-1 for none) and its class in the tag
// map (-1 for none).
func (x *termIndex) getKnown(s string) (entry int32, class int16) {
	v := x.find(s)
	return int32(v&termEntryMask) - 1, int16(v>>termEntryBits) - 1
}

// find returns the packed value of s, 0 when s is not indexed.
func (x *termIndex) find(s string) uint32 {
	if len(s) > len(termSlot{}.key) {
		return x.long[s]
	}
	n := uint8(len(s) + 1)
	for i := maphash.String(x.seed, s) & x.mask; ; i = (i + 1) & x.mask {
		sl := &x.slots[i]
		if sl.n == n && string(sl.key[:len(s)]) == s {
			return sl.val
		}
		if sl.n == 0 {
			return 0
		}
	}
}
