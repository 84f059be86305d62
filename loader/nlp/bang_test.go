package nlp

import (
	"strings"
	"testing"
)

// TestBangInside: an exclamation or question mark followed on the same
// line by a word in lower case ends no sentence ("Mamma Mia! which is",
// "A100 stoppen! getroffen"); one followed by a capital, or a new line,
// still does.
func TestBangInside(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Abba reunited for the premiere of Mamma Mia! which is based on their songs. It was a hit.",
			[]string{"Abba reunited for the premiere of Mamma Mia! which is based on their songs.", "It was a hit."}},
		{"Um das zu klären, hat Autorin Charlotte Elsen Tobias Trommer vom Bündnis A100 stoppen! getroffen",
			[]string{"Um das zu klären, hat Autorin Charlotte Elsen Tobias Trommer vom Bündnis A100 stoppen! getroffen"}},
		{"Stop it! The police came.", []string{"Stop it!", "The police came."}},
		{"Who won?\nnobody knows.", []string{"Who won?", "nobody knows."}},
	} {
		var got []string
		for _, s := range Analyse(c.text) {
			got = append(got, c.text[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("sentences:\n got %q\nwant %q", got, c.want)
		}
	}
}
