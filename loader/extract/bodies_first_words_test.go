package extract

import (
	"slices"
	"testing"
	"time"
)

// TestFirstWordsShortNames checks that a name which is itself the first
// words of one longer name claims no first words of its own, so that the
// first word still names the body; that a hyphenated first word of a
// firm's legal name yields its first part; and that names of two bodies
// still leave their shared first word to neither.
func TestFirstWordsShortNames(t *testing.T) {
	for _, c := range []struct {
		byName map[string]string
		word   string
		want   string
	}{
		// the short name is the long one's: the word is the firm's
		{map[string]string{"Harlow Fabrics Corp": "corp", "Harlow Fabrics": "short"}, "Harlow", "corp"},
		// two bodies whose names open with the word: neither
		{map[string]string{"Harlow Fabrics Corp": "corp", "Harlow Dyes": "dyes"}, "Harlow", ""},
		// a short name that opens two longer ones is no one's: neither
		{map[string]string{"Harlow Fabrics Corp": "corp", "Harlow Fabrics Export Ltd": "export", "Harlow Fabrics": "short"}, "Harlow", ""},
		// a hyphenated first word of a legal name: its first part
		{map[string]string{"Grimes-Pellow Inc": "gp"}, "Grimes", "gp"},
		// not without a legal form (two firms joined: "Fiat-GM")
		{map[string]string{"Grimes-Pellow": "gp"}, "Grimes", ""},
		// a name beginning with the part itself wins over the hyphen's part
		{map[string]string{"Grimes-Pellow Inc": "gp", "Grimes Tools Co": "tools"}, "Grimes", "tools"},
	} {
		if got := firstWords(c.byName)[c.word]; got != c.want {
			t.Errorf("firstWords(%v)[%q] = %q, want %q", c.byName, c.word, got, c.want)
		}
	}
}

// TestBodyFirstWordAliases checks that a firm named in full and then by
// its first word, or by the part of its hyphenated first word, is one
// entity with the word its alias; and that an acronym the article writes in
// brackets after one body stays that body's, even when another firm's name
// opens with it.
func TestBodyFirstWordAliases(t *testing.T) {
	pub := time.Date(1987, 4, 2, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text, full, short string
	}{
		{"TALKS\n\nBoston-based Harlow Fabrics Corp said it bought a stake in Quill Paper Corp.\n\n\"Harlow Fabrics believes the company can be profitable,\" Harlow said in a filing.",
			"Harlow Fabrics Corp", "Harlow"},
		{"STAKE\n\nVance Holdings Corp said it bought 90 pct of Grimes-Pellow Inc common stock and 40 pct of the preference shares of Grimes.",
			"Grimes-Pellow Inc", "Grimes"},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		found := false
		for _, e := range doc.Entities {
			if e.Name == c.short {
				t.Errorf("%q: an entity of its own, want an alias of %q", c.short, c.full)
			}
			found = found || e.Name == c.full && slices.Contains(e.Aliases, c.short)
		}
		if !found {
			t.Errorf("no entity %q with the alias %q: %+v", c.full, c.short, doc.Entities)
		}
	}
	text := "FLOAT\n\nThe Dunmore Mining Co Ltd <DMCL.S> (DMC) said it will float a new company, <DMC Gold Ltd>, which will hold most of DMC's gold interests."
	doc := Extract(text, pub)
	for _, e := range doc.Entities {
		if e.Name == "DMC Gold Ltd" && slices.Contains(e.Aliases, "DMC") {
			t.Errorf("the bracketed acronym DMC is DMC Gold Ltd's: %+v", doc.Entities)
		}
	}
}
