package gazetteer

import (
	"strings"
	"testing"
)

// TestKnownHoldsEveryKey checks that the filter lets through every name the
// maps it guards find: each key of the maps of names as written, and every
// name that folds to a key of the maps of folded names (the key, in capitals,
// in title case); and that it keeps out most words that name nothing.
func TestKnownHoldsEveryKey(t *testing.T) {
	d := load()
	maps := map[string]func(yield func(string)){
		"countries": keysOf(d.countries), "cities": keysOf(d.cities), "places": keysOf(d.places), "orgs": keysOf(d.orgs),
	}
	folded := map[string]func(yield func(string)){
		"countryFold": keysOf(d.countryFold), "cityFold": keysOf(d.cityFold), "placeFold": keysOf(d.placeFold), "orgFold": keysOf(d.orgFold),
	}
	n := 0
	for name, keys := range maps {
		keys(func(k string) {
			n++
			if !d.known.mayHold(k) {
				t.Errorf("%s: %q filtered out", name, k)
			}
		})
	}
	for name, keys := range folded {
		keys(func(k string) {
			n++
			for _, v := range []string{k, strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:]} {
				if fold(v) == k && !d.known.mayHold(v) {
					t.Errorf("%s: %q filtered out", name, v)
				}
			}
		})
	}
	keysOf(d.firstWord)(func(k string) {
		if !d.firstKnown.mayHold(k) {
			t.Errorf("firstWord: %q filtered out", k)
		}
		if MaxWords(k) != d.firstWord[k] {
			t.Errorf("MaxWords(%q) = %d, want %d", k, MaxWords(k), d.firstWord[k])
		}
	})
	if n < 10000 {
		t.Fatalf("%d keys: the maps are not loaded", n)
	}
	passed, words := 0, strings.Fields("said the company would report its results on Tuesday after markets closed "+
		"while analysts expected lower profits from weaker sales of cars and trucks in most regions this year")
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], w + " Holdings", "Mr " + w} {
			if d.known.mayHold(v) {
				passed++
			}
		}
	}
	if passed > len(words) {
		t.Errorf("%d of %d names of nothing pass the filter", passed, 4*len(words))
	}
	// What the lookups answer through the filter.
	for _, c := range []struct {
		name string
		ok   bool
	}{{"France", true}, {"the Netherlands", true}, {"PARIS", true}, {"Paris", true}, {"Tuesday", false}, {"Said Company", false}} {
		if _, ok := Place(c.name); ok != c.ok {
			t.Errorf("Place(%q) = %v, want %v", c.name, ok, c.ok)
		}
	}
	if _, ok := Org("NATO"); !ok {
		t.Errorf("Org(NATO) not found")
	}
	if _, ok := Country("Narnia"); ok {
		t.Errorf("Country(Narnia) found")
	}
}

// TestFoldedKnownHoldEveryKey checks the filters of the maps looked up by a
// name's folded form (normKnown of orgNorm, titleFirstKnown of titleFirst):
// each lets through every key, in capitals and in title case, so that
// LongestTitle and Org answer as the maps alone did.
func TestFoldedKnownHoldEveryKey(t *testing.T) {
	d := load()
	for name, c := range map[string]struct {
		k    *known
		keys func(yield func(string))
	}{"orgNorm": {&d.normKnown, keysOf(d.orgNorm)}, "titleFirst": {&d.titleFirstKnown, keysOf(d.titleFirst)}} {
		c.keys(func(k string) {
			for _, w := range []string{k, strings.ToUpper(k), strings.Title(k)} { //nolint:staticcheck // a test of ASCII case
				if !c.k.mayHold(w) {
					t.Errorf("%s: %q filtered out", name, w)
				}
			}
		})
	}
	for _, w := range []string{"minister", "Minister", "PRESIDENT", "chief"} {
		if n := LongestTitle([]string{w}); n != 1 {
			t.Errorf("LongestTitle(%q) = %d, want 1", w, n)
		}
	}
}
