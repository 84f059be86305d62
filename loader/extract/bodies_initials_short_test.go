package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestInitialsLedWords checks that the words after a firm's leading
// initials are its short names, and that a name not led by initials, led
// by a place's initials, with no legal form, or a person glued before "of"
// gives none.
func TestInitialsLedWords(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
	}{
		{"R.J. Tallow Co", []string{"Tallow"}},
		{"R.J. Tallow Tools Co Inc", []string{"Tallow", "Tallow Tools"}},
		{"J. Quarry and Sons Inc", []string{"Quarry", "Quarry and Sons"}},
		{"T. W. Marsh Ltd", []string{"Marsh"}},
		{"Tallow Tools Co", nil},            // no initials
		{"U.S. Tallow Co", nil},             // a place's initials
		{"R.J. Tallow Tools", nil},          // no legal form
		{"P.S. Lane of Lane Trust Co", nil}, // a person glued to a firm
		{"R.J. Co", nil},                    // nothing after the initials but the form
	} {
		if got := initialsLedWords(strings.Fields(c.name)); !slices.Equal(got, c.want) {
			t.Errorf("initialsLedWords(%q) = %q, want %q", c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		byName map[string]string
		word   string
		want   string
	}{
		{map[string]string{"R.J. Tallow Co": "tallow"}, "Tallow", "tallow"},
		// two firms the word may name: neither
		{map[string]string{"R.J. Tallow Co": "tallow", "Tallow Mining Corp": "mining"}, "Tallow", ""},
	} {
		if got := firstWords(c.byName)[c.word]; got != c.want {
			t.Errorf("firstWords(%v)[%q] = %q, want %q", c.byName, c.word, got, c.want)
		}
	}
}

// TestInitialsLedShortNames checks that a firm named by initials and a
// surname and then by the surname alone is one entity, the surname its
// alias.
func TestInitialsLedShortNames(t *testing.T) {
	pub := time.Date(1987, 4, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text, full, short string
	}{
		{"SUIT\n\nR.H. Tallow Co said a federal court dismissed a suit brought by shareholders.\n\nTallow said it would seek costs from the plaintiffs.",
			"R.H. Tallow Co", "Tallow"},
		{"SALE\n\nJ.T. Quarry and Sons Inc said it agreed to sell its shoe stores to a group of investors.\n\nThe sale will cut Quarry's debt by half, the company said.",
			"J.T. Quarry and Sons Inc", "Quarry"},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		found := false
		for _, e := range doc.Entities {
			if e.Name == c.short {
				t.Errorf("%q: an entity of its own (%v), want an alias of %q", c.short, e.Type, c.full)
			}
			if e.Name == c.full {
				found = true
				if e.Type != Organization || !slices.Contains(e.Aliases, c.short) {
					t.Errorf("%q: type %v aliases %q, want an organisation with alias %q", c.full, e.Type, e.Aliases, c.short)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity", c.full)
		}
	}
}
