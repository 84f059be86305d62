package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// A lower-case department before a capitalised minister or secretary is
// the title's: "India's federal commerce Minister Kamal Nath" is no bare
// "Minister".
func TestLowerDepartment(t *testing.T) {
	tok := func(text, tag string) nlp.Token { return nlp.Token{Text: text, Tag: tag} }
	cases := []struct {
		name string
		toks []nlp.Token
		want bool
	}{
		{"commerce Minister", []nlp.Token{tok("commerce", "NN"), tok("Minister", "NNP")}, true},
		{"health Secretary", []nlp.Token{tok("health", "NN"), tok("Secretary", "NNP")}, true},
		{"an adjective", []nlp.Token{tok("junior", "JJ"), tok("Minister", "NNP")}, false},
		{"a verb", []nlp.Token{tok("said", "VBD"), tok("Minister", "NNP")}, false},
		{"capitalised department", []nlp.Token{tok("Commerce", "NN"), tok("Minister", "NNP")}, false},
		{"lower-case head", []nlp.Token{tok("commerce", "NN"), tok("minister", "NN")}, false},
		{"another head", []nlp.Token{tok("bank", "NN"), tok("President", "NNP")}, false},
	}
	for _, c := range cases {
		if got := lowerDepartment(c.toks, 0, len(c.toks)); got != c.want {
			t.Errorf("%s: lowerDepartment = %v, want %v", c.name, got, c.want)
		}
	}
	// the department must stand right before the head, which ends the title
	three := []nlp.Token{tok("commerce", "NN"), tok("Minister", "NNP"), tok("Designate", "NNP")}
	if lowerDepartment(three, 0, 3) {
		t.Errorf("lowerDepartment read a department two words before the title's end")
	}
}

func TestReaderTitleKeepsLowerDepartment(t *testing.T) {
	cases := map[string]string{
		"commerce Minister": "commerce Minister",
		"health Secretary":  "health Secretary",
		"the Minister":      "Minister",
		"company Chairman":  "Chairman",
		"Commerce Minister": "Commerce Minister",
	}
	for in, want := range cases {
		if got, _ := readerTitle(in); got != want {
			t.Errorf("readerTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRankBeforeNation: a rank written before the nation inside a title is
// the title's, written whole; the nation stays the affiliation.
func TestRankBeforeNation(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "The talks will be headed by Deputy U.S. Trade Representative Michael Smith and a Japanese vice minister.",
			want:    []string{`Michael Smith jobTitle "Deputy U.S. Trade Representative"`, "Michael Smith affiliation United States"},
			notWant: []string{`Michael Smith jobTitle "Trade Representative"`}},
		{text: "Acting Turkish Prime Minister Kaya Erdem said Greek activities contravened the agreement.",
			want: []string{`Kaya Erdem jobTitle "Acting Turkish Prime Minister"`}},
		// no rank word: the title is as before
		{text: "The talks will be headed by U.S. Trade Representative Clayton Yeutter on Monday.",
			want: []string{`Clayton Yeutter jobTitle "Trade Representative"`}},
		{text: "India's federal commerce Minister Kamal Nath said trade could grow.",
			want:    []string{`Kamal Nath jobTitle "commerce Minister"`},
			notWant: []string{`Kamal Nath jobTitle "Minister"`}},
	})
}
