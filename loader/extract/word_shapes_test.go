package extract

import "testing"

// TestWordShapesHoldKeys checks that the filters let every key of their
// maps through (as a string and as bytes), and stop words of a length or
// first letter no key has.
func TestWordShapesHoldKeys(t *testing.T) {
	filters := []struct {
		name   string
		s      *wordShapes
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
			if !f.s.mayHold(k) || !f.s.mayHoldBytes([]byte(k)) {
				t.Errorf("%s: key %q stopped", f.name, k)
			}
		}
		for _, w := range f.absent {
			if f.s.mayHold(w) || f.s.mayHoldBytes([]byte(w)) {
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
