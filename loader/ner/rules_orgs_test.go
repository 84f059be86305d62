package ner

import (
	"strings"
	"testing"
)

// TestTheOrPossessive checks theOrPossessive against strings.ToLower.
func TestTheOrPossessive(t *testing.T) {
	for _, w := range []string{"", "the", "The", "THE", "tHe", "thе", "then", "th", "'s", "'S", "’s", "’S", "s", "'ſ", "’ſ", "ʼs", "`s", "Ths", "\xe2\x80s", "’sS"} {
		if got, want := theOrPossessive(w), strings.ToLower(w) == "the" || strings.ToLower(w) == "'s" || strings.ToLower(w) == "’s"; got != want {
			t.Errorf("theOrPossessive(%q) = %v, want %v", w, got, want)
		}
	}
}

func FuzzTheOrPossessive(f *testing.F) {
	f.Add("The")
	f.Add("’S")
	f.Fuzz(func(t *testing.T, w string) {
		l := strings.ToLower(w)
		if got, want := theOrPossessive(w), l == "the" || l == "'s" || l == "’s"; got != want {
			t.Fatalf("theOrPossessive(%q) = %v, want %v", w, got, want)
		}
	})
}
