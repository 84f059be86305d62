package nlp

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTermIndex compares termIndex with the Go map it is built from, for
// strings in it and not, of every length around the inline limit.
func TestTermIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		var b strings.Builder
		for range r.IntN(16) {
			b.WriteByte("abcE-.'é"[r.IntN(8)])
		}
		return b.String()
	}
	terms := map[string]int32{}
	for i := range 20000 {
		terms[word()] = int32(i)
	}
	// Classes for some of the terms and for strings of their own.
	known := map[string]uint8{}
	for i := range 5000 {
		known[word()] = uint8(i % 255)
	}
	x := newTermIndex(terms, known)
	check := func(s string) {
		want, ok := terms[s]
		if !ok {
			want = -1
		}
		wantClass := int16(-1)
		if c, ok := known[s]; ok {
			wantClass = int16(c)
		}
		if got := x.get(s); got != want {
			t.Fatalf("get(%q) = %d, want %d", s, got, want)
		}
		if got, class := x.getKnown(s); got != want || class != wantClass {
			t.Fatalf("getKnown(%q) = %d, %d, want %d, %d", s, got, class, want, wantClass)
		}
	}
	for s := range terms {
		check(s)
	}
	for s := range known {
		check(s)
	}
	for range 20000 {
		check(word())
	}
}
