package gazetteer

import (
	"github.com/newsgraph/newsgraph/loader/internal/keyshape"
	"github.com/newsgraph/newsgraph/loader/internal/textcase"
)

// shapedGet is foldGet(m, w) for a map whose keys s filters: the
// extractor asks IsPrefix, IsOrgSuffix, IsOrgHead, IsPlaceSuffix,
// IsEventSuffix and LongestTitle about most capitalised words, and most are
// none of them, so the word's ASCII fold is looked up only when a key has its
// first byte and length.
func shapedGet[V any](m map[string]V, s *keyshape.Filter, w string) (V, bool) {
	var buf [64]byte
	if b, ok := textcase.FoldASCII(buf[:], w); ok {
		if !s.MayHoldBytes(b) {
			var zero V
			return zero, false
		}
		v, ok := m[string(b)]
		return v, ok
	}
	v, ok := m[fold(w)]
	return v, ok
}
