package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
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

// TestEachWordStatAsSplit compares eachWordStat's cutting of the file with
// bufio's lines and strings.Split's fields (how the file was read before).
func TestEachWordStatAsSplit(t *testing.T) {
	want := map[string]wordStat{}
	zr, err := gzip.NewReader(bytes.NewReader(wordstatsData))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 4 || f[1] == "" {
			continue
		}
		want[f[0]] = wordStat{bucket: f[1][0] - '0', left: f[2], right: f[3]}
	}
	got := readWordStats()
	if len(got) != len(want) || len(got) < 10000 {
		t.Fatalf("%d words, want %d", len(got), len(want))
	}
	for w, st := range want {
		if got[w] != st {
			t.Errorf("%q: %+v, want %+v", w, got[w], st)
		}
	}
}
