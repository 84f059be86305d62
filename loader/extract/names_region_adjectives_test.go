package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestRegionAdjectivePeople: a region's adjective after a lower-case
// "major" is no person's name and gives no one a post; a person's name
// is kept.
func TestRegionAdjectivePeople(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Ratings\n\nThe agency pointed to the loans to major Latin American borrowers of Ajax Bancorp, it said.",
			notWant: []string{"Latin American affiliation Ajax Bancorp"}},
		{text: "Ratings\n\nThe agency pointed to the loans to major West African borrowers of Ajax Bancorp, it said.",
			notWant: []string{"West African affiliation Ajax Bancorp"}},
		{text: "Ratings\n\nJohn Carter, president of Ajax Bancorp, said the loans were sound.",
			want: []string{"John Carter affiliation Ajax Bancorp"}},
	})
	pub := time.Date(2022, 1, 10, 12, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Ratings\n\nThe agency pointed to the loans to major Latin American borrowers of Ajax Bancorp, it said.",
		"Ratings\n\nLenders cut their exposure to major Southeast Asian borrowers last year, the survey said.",
	} {
		for _, e := range Extract(text, pub).Entities {
			if e.Type == Person {
				t.Errorf("%q: person %q", text, e.Name)
			}
		}
	}
}

// TestRegionAdjective: compass words and national adjectives of no one
// country, then a national adjective; one word or a given name is not.
func TestRegionAdjective(t *testing.T) {
	for _, c := range []struct {
		words string
		want  bool
	}{
		{"Latin American", true},
		{"North American", true},
		{"Southeast Asian", true},
		{"West European", true},
		{"American", false},
		{"Latin", false},
		{"John English", false},
		{"Irvine Welsh", false},
		{"Latin Quarter", false},
	} {
		if got := regionAdjective(wordTokens(c.words)); got != c.want {
			t.Errorf("regionAdjective(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}

// wordTokens makes a token of each word of s.
func wordTokens(s string) []nlp.Token {
	var out []nlp.Token
	for _, w := range strings.Fields(s) {
		out = append(out, nlp.Token{Text: w})
	}
	return out
}
