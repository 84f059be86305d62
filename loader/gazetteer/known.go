package gazetteer

import "unicode/utf8"

// known is a Bloom filter of the names Country, City, Place and Org look
// up in their maps (the ASCII keys, with ASCII letters lowered): most
// names the extractor asks about are no place nor body, and each of those
// lookups tried up to six maps (a name as written, then folded, in three
// tables) whose probes mostly miss the CPU's caches. A name the filter does
// not hold is none of them; one it holds is looked up as before, so the
// answers are the same.
type known struct {
	bits []uint64
	mask uint64 // number of bits - 1
}

// knownBitsPerKey sizes the filter: with two bits a key, about one name in
// a hundred and fifty that is no key passes.
const knownBitsPerKey = 24

// newKnown indexes the keys of the maps.
func newKnown(maps ...func(yield func(string))) known {
	n := 0
	for _, m := range maps {
		m(func(string) { n++ })
	}
	size := uint64(1 << 10)
	for size < uint64(knownBitsPerKey*n) {
		size <<= 1
	}
	k := known{bits: make([]uint64, size/64), mask: size - 1}
	for _, m := range maps {
		m(func(key string) {
			if h, ok := knownHash(key); ok {
				a, b := h&k.mask, (h>>32)&k.mask
				k.bits[a/64] |= 1 << (a % 64)
				k.bits[b/64] |= 1 << (b % 64)
			}
		})
	}
	return k
}

// mayHold reports whether name may be a key: false when it is none (as
// written or with its letters lowered). Names that are not ASCII are not
// filtered.
func (k *known) mayHold(name string) bool {
	h, ok := knownHash(name)
	if !ok {
		return true
	}
	a, b := h&k.mask, (h>>32)&k.mask
	return k.bits[a/64]&(1<<(a%64)) != 0 && k.bits[b/64]&(1<<(b%64)) != 0
}

// knownHash is FNV-1a over s with ASCII letters lowered, then mixed so that
// both halves of the result spread; false when s is not ASCII.
func knownHash(s string) (uint64, bool) {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h, true
}

// keysOf lists the keys of a map for newKnown.
func keysOf[V any](m map[string]V) func(yield func(string)) {
	return func(yield func(string)) {
		for k := range m {
			yield(k)
		}
	}
}
