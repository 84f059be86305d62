package ner

import "testing"

func TestPlainWord(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"’s", "'s"},
		{"“", "\""},
		{"”", "\""},
		{"‘", "`"},
		{"’", "'"},
		{"—", "--"},
		{"–", "--"},
		{"O’Hare", "O'Hare"},
		{"don’t", "don't"},
		{"Fahie", "Fahie"},
		{"Velázquez", "Velázquez"},
		{"'s", "'s"},
	} {
		if got := plainWord(c.in); got != c.want {
			t.Errorf("plainWord(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPlainWordKeepsPlainWords(t *testing.T) {
	w := "Fahie"
	if n := testing.AllocsPerRun(100, func() { w = plainWord(w) }); n != 0 {
		t.Errorf("plainWord allocates %.0f times on a plain word", n)
	}
}

func TestTicker(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"<ERIC.ST>", true}, {"<GM>", true}, {"<BOUY.PA>", true},
		{"<Bouygues>", false}, {"<", false}, {"<>", false}, {"<.PA>", false}, {"ERIC.ST", false},
	} {
		if got := ticker(c.in); got != c.want {
			t.Errorf("ticker(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
