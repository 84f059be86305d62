package extract

import "testing"

// TestStoppedLegalForm checks the legal forms written with a stop after
// each letter, and the words with stops that are none.
func TestStoppedLegalForm(t *testing.T) {
	for w, want := range map[string]bool{
		"S.P.A.": true, "S.P.A": true, "B.V.": true, "A.G.": true, "S.A": true, "N.V.": true,
		"U.S.A.": false, "J.R.": false, "SpA": false, "St.": false, "Jr.": false, ".": false, "S..A.": false,
	} {
		if got := stoppedLegalForm(w); got != want {
			t.Errorf("stoppedLegalForm(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestStoppedLegalFormFirms checks that a name ending in a legal form with
// stops is a firm's, not a person's, and that a person's name with initials
// stays a person's.
func TestStoppedLegalFormFirms(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"The design house signed an accord with Lamberti Moretti S.P.A. on Tuesday.",
			map[string]EntityType{"Lamberti Moretti S.P.A.": Organization}},
		{"Subscriptions are to be placed with Dijkstra Beleggingen B.V. in Amsterdam.",
			map[string]EntityType{"Dijkstra Beleggingen B.V.": Organization}},
		{"The miner agreed to talks with Hoffbauer A.G., of West Germany, on the project.",
			map[string]EntityType{"Hoffbauer A.G.": Organization}},
		{"The company said Peter J.R. Hollis was named president.",
			map[string]EntityType{"Peter J.R. Hollis": Person}},
	} {
		checkNames(t, c.text, c.want, nil)
	}
}
