package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/loader/internal/keyshape"
)

// TestWordShapesHoldKeys checks that the filters let every key of their
// maps through (as a string and as bytes), and stop words of a length or
// first letter no key has.
func TestWordShapesHoldKeys(t *testing.T) {
	filters := []struct {
		name   string
		s      *keyshape.Filter
		keys   []string
		absent []string
	}{
		{"dayWordShapes", dayWordShapes, append(keysAny(weekdays), keysAny(dayWords)...), []string{"zebra", "x", "tuesdays-long-word"}},
		{"monthShapes", monthShapes, keysAny(months), []string{"zebra", "q", "januaryjanuary"}},
	}
	for _, f := range filters {
		if len(f.keys) == 0 {
			t.Fatalf("%s: no keys", f.name)
		}
		for _, k := range f.keys {
			if !f.s.MayHold(k) || !f.s.MayHoldBytes([]byte(k)) {
				t.Errorf("%s: key %q stopped", f.name, k)
			}
		}
		for _, w := range f.absent {
			if f.s.MayHold(w) || f.s.MayHoldBytes([]byte(w)) {
				t.Errorf("%s: %q let through", f.name, w)
			}
		}
	}
}

func keysAny[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
