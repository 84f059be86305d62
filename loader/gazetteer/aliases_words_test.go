package gazetteer

import "testing"

// TestWordAliases checks aliases_words.go: a country's alias that is an
// English word or a person's name names no country, and the country's
// English names still do.
func TestWordAliases(t *testing.T) {
	for _, w := range []string{"Island", "Dominique"} {
		if c, ok := Country(w); ok {
			t.Errorf("Country(%q) = %q, want none", w, c)
		}
		if p, ok := Place(w); ok && p.Class == ClassCountry {
			t.Errorf("Place(%q) = %+v, want no country", w, p)
		}
	}
	for in, want := range map[string]string{"Iceland": "Iceland", "Dominica": "Dominica"} {
		if c, ok := Country(in); !ok || c != want {
			t.Errorf("Country(%q) = %q, %v; want %q", in, c, ok, want)
		}
	}
}
