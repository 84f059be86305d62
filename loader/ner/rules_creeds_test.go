package ner

import "testing"

// TestCreedWord checks that a capitalised word ending in "ism" names a
// creed, and short or lower-case words and names do not.
func TestCreedWord(t *testing.T) {
	for w, want := range map[string]bool{
		"Marxism": true, "Thatcherism": true, "Euroscepticism": true, "Communism": true,
		"Prism": false, "tourism": false, "Islam": false, "Yusuf Islam": false, "Marx": false,
	} {
		if got := creedWord(w); got != want {
			t.Errorf("creedWord(%q) = %v, want %v", w, got, want)
		}
	}
}
