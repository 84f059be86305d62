package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestCutCompass: a point of the compass alone right before a capitalised
// word was cut from a longer name and names no place; the known place it
// opens is read whole. "The West" alone, before a lower-case word, a comma,
// a weekday or a month, stays a place.
func TestCutCompass(t *testing.T) {
	checkNames(t, "Shares of Brauhaus, an East Germany-based brewer, rose two pct.",
		map[string]EntityType{"East Germany": Country}, []string{"East", "Germany"})
	checkNames(t, "The ministry plans to sell 40,000 tonnes of rice to West African buyers.",
		nil, []string{"West"})
	checkNames(t, "Chipmakers cut prices in East Asian markets last quarter.",
		nil, []string{"East"})
	checkNames(t, "Officials said the port in South Carolina would reopen.",
		map[string]EntityType{"South Carolina": Place}, []string{"South"})
	checkNames(t, "Hungary has a growing trade deficit with the West, officials said.",
		map[string]EntityType{"West": Place}, nil)
}

// TestCutCompassWords: which one-word names cutCompass says were cut.
func TestCutCompassWords(t *testing.T) {
	for _, c := range []struct {
		text string
		cut  bool
	}{
		{"sales to West African buyers", true},
		{"an East Germany-based brewer", true},
		{"trade with the West rose", false},
		{"trade with the West Monday rose", false},
		{"trade with the West in March", false},
		{"trade with the West March 3", false},
		{"trade with the West, officials said", false},
		{"sales to Western African buyers", false},
	} {
		toks := nlp.Analyse(c.text)[0].Tokens
		got := false
		for i := range toks {
			got = got || cutCompass(toks, i, i+1)
		}
		if got != c.cut {
			t.Errorf("%q: cut %v, want %v", c.text, got, c.cut)
		}
	}
}

// TestCutCompassJoinsBody: a compass word the recogniser cut from a body
// whose first word makes a known place with it is joined to the body, not
// dropped.
func TestCutCompassJoinsBody(t *testing.T) {
	checkNames(t, "The North Carolina Department of Commerce said Volvo AB of Sweden's truck subsidiary will locate a new parts center at Fargo.",
		map[string]EntityType{"North Carolina Department of Commerce": Organization}, []string{"Carolina Department of Commerce"})
}
