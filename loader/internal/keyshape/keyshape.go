// Package keyshape filters the keys of word maps by their first byte and
// length (a bit per length, the last one for 63 bytes and more). Rules that
// look most words up in small maps (the gazetteer's prefixes and suffixes,
// the extractor's weekdays and months) ask the filter first: a word whose
// first byte and length no key has is no key, and any other is looked up as
// before, so the answers are the maps' own.
package keyshape

import "iter"

// Filter holds the first bytes and lengths of a set of keys.
type Filter [256]uint64

// New returns the filter of the keys.
func New(keys ...iter.Seq[string]) *Filter {
	var f Filter
	for _, ks := range keys {
		for k := range ks {
			if k != "" {
				f[k[0]] |= bit(len(k))
			}
		}
	}
	return &f
}

func bit(n int) uint64 { return 1 << min(n, 63) }

// MayHold reports whether w may be a key: false when it is none.
func (f *Filter) MayHold(w string) bool {
	return w == "" || f[w[0]]&bit(len(w)) != 0
}

// MayHoldBytes is MayHold for the word spelled by b.
func (f *Filter) MayHoldBytes(b []byte) bool {
	return len(b) == 0 || f[b[0]]&bit(len(b)) != 0
}
