package extract

import (
	"strings"
	"testing"
)

// TestLowerInMatchesLower checks that lowerIn and lowerHas answer as the
// list indexed by the word's lower case does, for words in lower case,
// with capitals, beyond ASCII and longer than the stack buffer.
func TestLowerInMatchesLower(t *testing.T) {
	long := strings.Repeat("Abc", 20)
	m := map[string]int{"minister": 1, "bbc": 2, "école": 3, "istanbul": 4, strings.ToLower(long): 5, "": 6}
	for _, w := range []string{"minister", "Minister", "MINISTER", "BBC", "École", "ÉCOLE", "İstanbul", long, "", "x", "Mr.", "naïve"} {
		want, wantOK := m[lower(w)]
		if got := lowerIn(m, w); got != want {
			t.Errorf("lowerIn(%q) = %d, want %d", w, got, want)
		}
		if got, ok := lowerHas(m, w); got != want || ok != wantOK {
			t.Errorf("lowerHas(%q) = %d, %v, want %d, %v", w, got, ok, want, wantOK)
		}
	}
}

// TestLowerIsMatchesLower checks lowerIs against lower(w) == lw.
func TestLowerIsMatchesLower(t *testing.T) {
	long := strings.Repeat("Abc", 20)
	for _, w := range []string{"the", "The", "THE", "École", "école", "İstanbul", long, "", "Mr."} {
		for _, lw := range []string{"the", "école", "istanbul", strings.ToLower(long), "", "mr."} {
			if got, want := lowerIs(w, lw), lower(w) == lw; got != want {
				t.Errorf("lowerIs(%q, %q) = %v, want %v", w, lw, got, want)
			}
		}
	}
}

// TestLowerInAllocates checks that a capitalised ASCII word is looked up
// without a copy.
func TestLowerInAllocates(t *testing.T) {
	w := "Minister"
	if n := testing.AllocsPerRun(100, func() { _ = lowerIn(titleModifiers, w) }); n != 0 {
		t.Errorf("lowerIn(%q) allocates %v times, want 0", w, n)
	}
	if n := testing.AllocsPerRun(100, func() { _ = lowerIs(w, "minister") }); n != 0 {
		t.Errorf("lowerIs(%q) allocates %v times, want 0", w, n)
	}
}
