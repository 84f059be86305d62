package keyshape

import (
	"maps"
	"testing"
)

// TestFilter checks that a filter lets every key through, as a string and as
// bytes, and the empty word, and stops words of a first byte or a length no
// key has.
func TestFilter(t *testing.T) {
	a := map[string]int{"monday": 1, "tue": 2}
	b := map[string]bool{"yesterday": true, "x" + string(make([]byte, 70)): true}
	f := New(maps.Keys(a), maps.Keys(b))
	for _, k := range []string{"monday", "tue", "yesterday", "x" + string(make([]byte, 80)), ""} {
		if !f.MayHold(k) || !f.MayHoldBytes([]byte(k)) {
			t.Errorf("%q stopped", k)
		}
	}
	for _, w := range []string{"mon", "zebra", "tuesday", "y"} {
		if f.MayHold(w) || f.MayHoldBytes([]byte(w)) {
			t.Errorf("%q let through", w)
		}
	}
}
