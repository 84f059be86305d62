package ner

import (
	"strings"
	"testing"
)

// statOf looks a word up once, with its ASCII letters lowered: that finds
// what the word itself would only while no key holds a capital A-Z.
func TestWordStatsKeysLower(t *testing.T) {
	ws := readWordStats()
	for k, v := range ws {
		if strings.ContainsAny(k, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			t.Fatalf("wordstats key %q has a capital: statOf would miss it", k)
		}
		if got := statOf(k); got != v {
			t.Fatalf("statOf(%q) = %+v, want %+v", k, got, v)
		}
		if got := statOf(k + "zq"); got.bucket != 5 {
			if _, ok := ws[k+"zq"]; !ok {
				t.Fatalf("statOf(%q) = %+v, want unseen", k+"zq", got)
			}
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
