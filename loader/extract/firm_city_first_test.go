package extract

import (
	"slices"
	"testing"
	"time"
)

// TestTownFirms checks that a town's name that opens a firm's legal name in
// the article is the firm when written alone ("Toyota said" after "Toyota
// Motor Corp"), and stays a place where the article writes it as one or
// names no such firm; a capital stays its government's.
func TestTownFirms(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"Toyota Motor Corp said its exports fell.\n\nToyota said the higher yen was to blame.\n\nToyota's exports to the U.S. fell 9.5 pct.",
			map[string]EntityType{"Toyota Motor Corp": Organization}, []string{"Toyota"}},
		// two firms of the word: the one whose name opens the other's
		{"Toyota Motor Corp said its exports fell.\n\nToyota Motor Credit Corp sold bonds.\n\nToyota said the yen was to blame.",
			map[string]EntityType{"Toyota Motor Corp": Organization, "Toyota Motor Credit Corp": Organization}, []string{"Toyota"}},
		// written as a place somewhere in the article: a place
		{"Toyota Motor Corp said its exports fell.\n\nThe company builds engines in Toyota, where it employs 20,000.",
			map[string]EntityType{"Toyota": Place}, nil},
		// "in downtown Norfolk", "Providence, R.I.": places
		{"Norfolk Southern Corp said profits rose.\n\nIts new building in downtown Norfolk opened in October.\n\nNorfolk said the building cost 40 mln dlrs.",
			map[string]EntityType{"Norfolk": Place}, nil},
		{"Providence Securities Inc, a Providence, R.I. brokerage firm, said it bought the shares.",
			map[string]EntityType{"Providence Securities Inc": Organization, "Providence": Place}, nil},
		// no firm of its name: a place
		{"Toyota said its schools would close for the holiday.",
			map[string]EntityType{"Toyota": Place}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
	doc := Extract("Headline\n\nToyota Motor Corp said exports fell.\n\nToyota said the yen was to blame.", time.Time{})
	found := false
	for _, e := range doc.Entities {
		found = found || e.Name == "Toyota Motor Corp" && slices.Contains(e.Aliases, "Toyota")
	}
	if !found {
		t.Errorf("no entity Toyota Motor Corp with the alias Toyota: %+v", doc.Entities)
	}
}
