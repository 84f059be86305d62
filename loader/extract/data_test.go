package extract

import (
	"io/fs"
	"testing"

	"github.com/newsgraph/newsgraph/loader/lexicon"
	"github.com/newsgraph/newsgraph/loader/ner"
)

// TestListsOnce checks that no word list of extract, ner or lexicon repeats
// another's words without saying so (lexicon.CheckRepeats): a list made of
// others brings them in ("+ NAME"), and lists that share words for
// different jobs say why.
func TestListsOnce(t *testing.T) {
	for _, err := range lexicon.CheckRepeats(map[string]fs.FS{"extract": data, "ner": ner.Lists(), "lexicon": lexicon.Lists()}) {
		t.Error(err)
	}
}

// TestWordLists checks the word lists of data/: each opens with a comment
// saying what it is for, holds each word once, with a value where the list
// maps words, and a value of the right kind where it must be one.
func TestWordLists(t *testing.T) {
	groups := map[eventGroup]bool{groupTalks: true, groupSummit: true, groupCall: true, groupConference: true, groupVisit: true, groupMeal: true}
	for _, err := range lexicon.Check(data) {
		t.Error(err)
	}
	for _, m := range []map[string]eventGroup{eventNouns, eventVerbs} {
		for w, g := range m {
			if !groups[g] {
				t.Errorf("event word %q: unknown group %q", w, g)
			}
		}
	}
	for w, typ := range placeNouns {
		if typ != City && typ != Place {
			t.Errorf("place noun %q: type %q", w, typ)
		}
	}
	for rel := range relCues {
		if _, ok := relGap[rel]; !ok {
			t.Errorf("relCues: unknown relation %q", rel)
		}
	}
	for w, d := range determiners {
		if d != "definite" && d != "indefinite" {
			t.Errorf("determiner %q: %q, want definite or indefinite", w, d)
		}
	}
	if len(dataDigest()) != 64 {
		t.Errorf("dataDigest() = %q", dataDigest())
	}
}
