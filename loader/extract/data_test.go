package extract

import (
	"io/fs"
	"strings"
	"testing"
)

// TestWordLists checks the word lists of data/: each opens with a comment
// saying what it is for, holds each word once, with a value where the list
// maps words, and a value of the right kind where it must be one.
func TestWordLists(t *testing.T) {
	groups := map[eventGroup]bool{groupTalks: true, groupSummit: true, groupCall: true, groupConference: true, groupVisit: true, groupMeal: true}
	names, err := fs.Glob(data, "data/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no word lists: %v", err)
	}
	for _, n := range names {
		b, _ := data.ReadFile(n)
		if !strings.HasPrefix(string(b), "# ") {
			t.Errorf("%s: no comment saying what the list is for", n)
		}
		name := strings.TrimSuffix(strings.TrimPrefix(n, "data/"), ".txt")
		seen := map[string]bool{}
		ls := dataLines(name)
		if len(ls) == 0 {
			t.Errorf("%s: empty", n)
		}
		valued := ls[0][1] != ""
		for _, l := range ls {
			if seen[l[0]] {
				t.Errorf("%s: %q twice", n, l[0])
			}
			seen[l[0]] = true
			if strings.TrimSpace(l[0]) != l[0] || l[0] == "" {
				t.Errorf("%s: word %q has spaces at its ends", n, l[0])
			}
			if (l[1] != "") != valued {
				t.Errorf("%s: %q: some words have a value, others not", n, l[0])
			}
		}
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
	if len(months) != 24 || len(weekdays) != 7 {
		t.Errorf("%d month words, %d weekdays", len(months), len(weekdays))
	}
	if len(dataDigest()) != 64 {
		t.Errorf("dataDigest() = %q", dataDigest())
	}
}
