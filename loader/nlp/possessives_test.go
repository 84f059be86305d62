package nlp

import "testing"

// TestCurlyPluralPossessives: a typographic apostrophe glued to a word
// ending in "s" before a word is a possessive; one that closes a quote, or
// stands apart, is not.
func TestCurlyPluralPossessives(t *testing.T) {
	for _, c := range []struct {
		text string
		pos  bool
	}{
		{"Ann Nolan, Goldman Sachs’ chief economist, said so.", true},
		{"The workers’ union met.", true},
		{"He called it ‘the Kings’ and left.", false},
		{"He said ’ and left.", false},
		{"It was the Kings’.", false},
	} {
		got := false
		for _, s := range Analyse(c.text) {
			for _, tok := range s.Tokens {
				if tok.Text == "’" && tok.Tag == "POS" {
					got = true
				}
			}
		}
		if got != c.pos {
			t.Errorf("%q: possessive %v, want %v", c.text, got, c.pos)
		}
	}
}
