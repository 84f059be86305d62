package ner

import (
	"strings"
	"testing"
)

// statOf looks a word up once, with its ASCII letters lowered: that finds
// what the word itself would only while no key holds a capital A-Z.
func TestWordStatsKeysLower(t *testing.T) {
	for k := range loadWordStats() {
		if strings.ContainsAny(k, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			t.Fatalf("wordstats key %q has a capital: statOf would miss it", k)
		}
	}
	for _, tc := range []struct {
		w      string
		bucket byte
	}{{"the", statOf("the").bucket}, {"The", statOf("the").bucket}, {"THE", statOf("the").bucket}, {"Xqzzyv", 5}} {
		if got := statOf(tc.w).bucket; got != tc.bucket {
			t.Errorf("statOf(%q).bucket = %d, want %d", tc.w, got, tc.bucket)
		}
	}
	if statOf("the").bucket > 1 {
		t.Errorf("statOf(the).bucket = %d: \"the\" is rarely capitalised inside a sentence", statOf("the").bucket)
	}
}
