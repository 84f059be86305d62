package extract

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestFirstWordForms checks the first words by which an article names a
// body again: a possessive first word also without its "'s", unless it is
// a place's.
func TestFirstWordForms(t *testing.T) {
	for _, c := range []struct {
		name string
		n    int
		want []string
	}{
		{"Moody's Investors Service Inc", 1, []string{"Moody's", "Moody"}},
		{"McDonald’s Corp", 1, []string{"McDonald’s", "McDonald"}},
		{"Moody's Investors Service Inc", 2, []string{"Moody's Investors"}},
		{"Britain's Imperial Chemical Industries", 1, []string{"Britain's"}},
		{"Pan Ocean Shipping Company", 1, []string{"Pan"}},
	} {
		if got := firstWordForms(strings.Fields(c.name), c.n); !reflect.DeepEqual(got, c.want) {
			t.Errorf("firstWordForms(%q, %d) = %q, want %q", c.name, c.n, got, c.want)
		}
	}
	pub := time.Date(1987, 3, 20, 12, 0, 0, 0, time.UTC)
	text := "Moody's Investors Service Inc said it may downgrade the debt of the utility. Moody's cited an uncertain ability to meet obligations."
	doc := Extract(text, pub)
	checkInvariants(t, text, doc)
	checkTypes(t, text, doc, map[string]EntityType{"Moody's Investors Service Inc": Organization, "Moody": Other})
}

func TestFirstWordsPossessiveYields(t *testing.T) {
	for _, c := range []struct {
		byName map[string]string
		word   string
		want   string
	}{
		// the parent's own name wins over its unit's possessive
		{map[string]string{"CSX Corp": "csx", "CSX's Sea-Land Corp": "sealand"}, "CSX", "csx"},
		// a possessive alone names its body
		{map[string]string{"Moody's Investors Service Inc": "moodys"}, "Moody", "moodys"},
		// two bodies' possessives: ambiguous
		{map[string]string{"Acme's Rail Corp": "rail", "Acme's Road Corp": "road"}, "Acme", ""},
		// two bodies beginning with the word itself: ambiguous
		{map[string]string{"Acme Rail Corp": "rail", "Acme Road Corp": "road", "Acme's Sea Corp": "sea"}, "Acme", ""},
	} {
		if got := firstWords(c.byName)[c.word]; got != c.want {
			t.Errorf("firstWords(%v)[%q] = %q, want %q", c.byName, c.word, got, c.want)
		}
	}
}
