package extract

import (
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/loader/internal/textcase"
)

// lowerIn returns m[lower(w)] without making w's lower-case copy: a word
// with capitals is lowered into a buffer on the stack, which the lookup
// reads and does not keep (the rules look words up in lower case on every
// token, and the copies were a fifth of the extractor's allocations).
func lowerIn[V any](m map[string]V, w string) V {
	v, _ := lowerHas(m, w)
	return v
}

// lowerHas returns m[lower(w)] and whether m holds it, as lowerIn reads it.
func lowerHas[V any](m map[string]V, w string) (V, bool) {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c-'A' < 26 || c >= utf8.RuneSelf {
			var buf [32]byte
			v, ok := m[textcase.LowerInto(buf[:], w)]
			return v, ok
		}
	}
	v, ok := m[w]
	return v, ok
}

// lowerIs reports whether lower(w) == lw, without making w's lower-case
// copy (as lowerIn).
func lowerIs(w, lw string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c-'A' < 26 || c >= utf8.RuneSelf {
			var buf [32]byte
			return textcase.LowerInto(buf[:], w) == lw
		}
	}
	return w == lw
}
