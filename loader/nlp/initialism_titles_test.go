package nlp

import "testing"

// TestInitialismBeforeTitle: a country's initialism before a person's title
// and name does not end the sentence ("met with U.S. Ambassador Nick
// Perry"); after "the", before a word that is no such title or before a
// line break it may.
func TestInitialismBeforeTitle(t *testing.T) {
	for _, c := range []struct {
		text string
		want int // sentences
	}{
		{"Prime Minister Ana Lind met with U.S. Ambassador Nick Perry on Tuesday.", 1},
		{"Ana Lind and U.S. Senator Bob Dole spoke at the rally.", 1},
		{"The plan was backed by U.K. Envoy Tom Brown and others.", 1},
		{"Exports rose sharply to the U.S. Ambassador Tom Brown said so on Monday.", 2},
		{"Exports rose sharply in the U.K.\nAmbassador Tom Brown said so on Monday.", 2},
		{"Exports rose sharply to U.S. Ambassadors were not told.", 2},
	} {
		if got := len(Analyse(c.text)); got != c.want {
			t.Errorf("%q: %d sentences, want %d", c.text, got, c.want)
		}
	}
}
