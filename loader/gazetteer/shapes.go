package gazetteer

import "github.com/newsgraph/newsgraph/loader/internal/textcase"

// shapes is a filter of the keys of a small word map by their first byte
// and length (a bit per length, the last one for 63 bytes and more): the
// extractor asks IsPrefix, IsOrgSuffix, IsOrgHead, IsPlaceSuffix,
// IsEventSuffix and LongestTitle about most capitalised words, and most are
// none of them. A word whose first byte and length no key has is not a key;
// any other is looked up as before, so the answers are the same.
type shapes [256]uint64

// newShapes indexes the keys of m.
func newShapes[V any](m map[string]V) *shapes {
	var s shapes
	for k := range m {
		if k != "" {
			s[k[0]] |= shapeBit(len(k))
		}
	}
	return &s
}

func shapeBit(n int) uint64 { return 1 << min(n, 63) }

// shapedGet is foldGet(m, w) for a map whose keys s indexes: the word's
// ASCII fold is looked up only when a key has its first byte and length.
func shapedGet[V any](m map[string]V, s *shapes, w string) (V, bool) {
	var buf [64]byte
	if b, ok := textcase.FoldASCII(buf[:], w); ok {
		if len(b) > 0 && s[b[0]]&shapeBit(len(b)) == 0 {
			var zero V
			return zero, false
		}
		v, ok := m[string(b)]
		return v, ok
	}
	v, ok := m[fold(w)]
	return v, ok
}
