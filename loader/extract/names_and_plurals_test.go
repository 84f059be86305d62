package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestJoinAndPlurals checks names_and_plurals.go by mechanism: a name
// ending in a capitalised plural goes on over "and" and capitalised
// dictionary words ending in a plural; two bodies with the same last
// word, a party's members, a determiner after "and" and natural features
// stop it.
func TestJoinAndPlurals(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"hotels and resorts", "Harbor View Hotels and Resorts has opened two properties in Oregon, the company said.",
			map[string]EntityType{"Harbor View Hotels and Resorts": Organization, "Harbor View Hotels": Other}},
		{"two words after and", "Dr Maria Lopez, managing director of Kestrel Cybertechnologies and Digital Solutions, said the attack was over.",
			map[string]EntityType{"Kestrel Cybertechnologies and Digital Solutions": Organization}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}

// TestFeaturePlural checks that plural natural features end no body's name.
func TestFeaturePlural(t *testing.T) {
	for w, want := range map[string]bool{"islands": true, "mountains": true, "resorts": false, "solutions": false} {
		if got := featurePlural(w); got != want {
			t.Errorf("featurePlural(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestAndPluralsEnd checks andPluralsEnd on a name given by hand (its
// first words, up to the "and"): what goes on the name and what stops it.
func TestAndPluralsEnd(t *testing.T) {
	tests := []struct {
		text, name, want string // want: the joined name, "" for none
	}{
		{"Harbor View Hotels and Resorts opened a spa.", "Harbor View Hotels", "Harbor View Hotels and Resorts"},
		{"Kestrel Cybertechnologies and Digital Solutions said the attack was over.", "Kestrel Cybertechnologies", "Kestrel Cybertechnologies and Digital Solutions"},
		{"Kestrel Airlines and Budget Airlines cut fares.", "Kestrel Airlines", ""},
		{"Kestrel Hotels and Qwertyx Resorts opened a spa.", "Kestrel Hotels", ""},
		{"Kestrel Hotels and Coral Resorts opened a spa.", "Kestrel Hotels", ""},
		{"Critics praised Dark Materials and The History Boys, two plays.", "Dark Materials", ""},
		{"Bavarian Social Democrats and Liberals agreed on a budget.", "Bavarian Social Democrats", ""},
		{"Kestrel Farmers and Social Conservatives agreed on a budget.", "Kestrel Farmers", ""},
		{"Kestrel Conservatives and Farmers Unions agreed on a budget.", "Kestrel Conservatives", ""},
		{"Kestrel Resorts and Coast Islands opened a spa.", "Kestrel Resorts", ""},
		{"Holiday visitors reached Kestrel Turks and Caicos Islands by boat.", "Kestrel Turks", ""},
		{"Harbor View Hotels and Resorts Group opened a spa.", "Harbor View Hotels", ""},
		{"Harbor View Hotels and resorts opened a spa.", "Harbor View Hotels", ""},
	}
	for _, tt := range tests {
		x := newExtractor(tt.text, nlp.Analyse(tt.text), time.Time{})
		s := &x.sents[0]
		i := tokenIndex(s, strings.Fields(tt.name)[0])
		j := i + len(strings.Fields(tt.name))
		if i < 0 || x.span(0, i, j) != tt.name || x.addMention(0, i, j, Organization, false) < 0 {
			t.Fatalf("%q: no mention of %q", tt.text, tt.name)
		}
		got := ""
		if end := x.andPluralsEnd(s, i, j); end > 0 {
			got = x.span(0, i, end)
		}
		if got != tt.want {
			t.Errorf("%q: andPluralsEnd joins %q, want %q", tt.text, got, tt.want)
		}
	}
}

// tokenIndex returns the index of the first token of s written w, or -1.
func tokenIndex(s *sentence, w string) int {
	for i, t := range s.toks {
		if t.Text == w {
			return i
		}
	}
	return -1
}
