package ner

import (
	"testing"

	"github.com/newsgraph/newsgraph/loader/lexicon"
)

// TestWordLists checks the rules' word lists of data/: each opens with a
// comment saying what it is for and holds each word once.
func TestWordLists(t *testing.T) {
	for _, err := range lexicon.Check(data) {
		t.Error(err)
	}
	if !dateWords["sept"] || !dateWords["sunday"] || dateWords["may"] {
		t.Errorf("dateWords %v", dateWords)
	}
}
