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
	x := newTermIndex(terms)
	for s, e := range terms {
		if got := x.get(s); got != e {
			t.Fatalf("get(%q) = %d, want %d", s, got, e)
		}
	}
	for range 20000 {
		s := word()
		want, ok := terms[s]
		if !ok {
			want = -1
		}
		if got := x.get(s); got != want {
			t.Fatalf("get(%q) = %d, want %d", s, got, want)
		}
	}
}
