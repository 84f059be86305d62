package extract

import "testing"

// TestHyphenCutName checks the names cut at a hyphen and the names with a
// hyphen inside or a dash after them.
func TestHyphenCutName(t *testing.T) {
	for name, want := range map[string]bool{
		"Muenchener Kredit-": true, "Handels-": true, "Wechsel-Bank": false, "Chartered Bank--": false,
		"Anne-Marie Lind": false, "-": false, "": false, "Lot 7-": false,
	} {
		if got := hyphenCutName(name); got != want {
			t.Errorf("hyphenCutName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestHyphenCutNames checks that the words before a coordinated compound's
// hyphen name nothing, while a whole name beside them stays.
func TestHyphenCutNames(t *testing.T) {
	checkNames(t, "\"Rates will stay put,\" said Muenchener Kredit- und Wechselbank economist Klaus Brenner.",
		map[string]EntityType{"Klaus Brenner": Person}, []string{"Muenchener Kredit-"})
	checkNames(t, "Analysts at Saechsische Spar- und Darlehenskasse expect the rate to fall, Peter Vogel said.",
		map[string]EntityType{"Peter Vogel": Person}, []string{"Saechsische Spar-"})
}
