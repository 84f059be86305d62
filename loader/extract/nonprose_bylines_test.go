package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestDashByline checks the byline shape: a dash, a name opening with a
// given name, a comma and a capitalised title; table labels are none.
func TestDashByline(t *testing.T) {
	toks := func(s string) []nlp.Token {
		var out []nlp.Token
		for _, w := range strings.Fields(s) {
			out = append(out, nlp.Token{Text: w})
		}
		return out
	}
	for line, want := range map[string]bool{
		"– Kyle Hughes , Writer":        true,
		"— Ana Ruiz , Staff Reporter":   true,
		"- Kyle Hughes":                 false, // no title
		"Kyle Hughes , Writer":          false, // no dash
		"– Net Profit , Dlrs":           false, // no given name
		"– Kyle Hughes , 1.3 mln":       false, // numbers, a row
		"– Kyle Hughes , senior writer": false, // lower case: prose cut short
	} {
		if got := dashByline(toks(line)); got != want {
			t.Errorf("dashByline(%q) = %v, want %v", line, got, want)
		}
	}
	runRules(t, []ruleCase{
		{text: "Results on Sunday:\n\nChelsea 2-1 Arsenal\n\nLeeds 3-0 Wigan\n\nFulham 1-1 Everton\n\n– Kyle Hughes, Writer\n",
			want: []string{`Kyle Hughes jobTitle "Writer"`}},
	})
}
