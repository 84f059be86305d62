package extract

import (
	"testing"
	"time"
)

// TestSurnameUnaccented checks people_accents.go: a one-word name written
// without the accents of a full name the article gave is that person.
func TestSurnameUnaccented(t *testing.T) {
	text := "Céline Qwertyon sang in Quebec City on Tuesday. Fans shouted for Celine after the show."
	doc := Extract("Headline\n\n"+text, time.Time{})
	found := false
	for _, e := range doc.Entities {
		if e.Name == "Celine" {
			t.Errorf("%q: Celine is a node of its own; want it under Céline Qwertyon", text)
		}
		if e.Name == "Céline Qwertyon" {
			for _, a := range e.Aliases {
				found = found || a == "Celine"
			}
		}
	}
	if !found {
		t.Errorf("%q: want Celine an alias of Céline Qwertyon; got %+v", text, doc.Entities)
	}
	if got := stripAccents("Angélil Société"); got != "Angelil Societe" {
		t.Errorf("stripAccents = %q", got)
	}
}
