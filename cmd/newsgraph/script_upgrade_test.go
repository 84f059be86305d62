package main

import (
	"os"
	"slices"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// cmdStampOld is the script command "stamp-old IN OUT": it turns N-Quads
// written by extract into what a newsgraph from before extractor versions
// wrote: no ng:extractorVersion quads, and a content hash made with another
// version (the old one is unknowable here, any other value will do).
func cmdStampOld(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: stamp-old IN OUT")
	}
	var out []string
	n := 0
	for _, l := range strings.SplitAfter(ts.ReadFile(args[0]), "\n") {
		switch {
		case strings.Contains(l, "<"+string(vocab.ExtractorVersion)+">"):
			n++
			continue
		case strings.Contains(l, "<"+string(vocab.ContentHash)+">"):
			i := strings.Index(l, `"`)
			j := strings.Index(l[i+1:], `"`) + i + 1
			l = l[:i+1] + "0ld" + l[i+1:j] + l[j:]
		}
		out = append(out, l)
	}
	if n == 0 {
		ts.Fatalf("stamp-old: %s has no extractor version quads", args[0])
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(strings.Join(out, "")), 0o644))
}

// cmdSortCmp is the script command "sortcmp A B": the two files hold the
// same lines, in any order.
func cmdSortCmp(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: sortcmp A B")
	}
	lines := func(name string) []string {
		ls := strings.Split(strings.TrimSuffix(ts.ReadFile(name), "\n"), "\n")
		slices.Sort(ls)
		return ls
	}
	a, b := lines(args[0]), lines(args[1])
	same := slices.Equal(a, b)
	if same == neg {
		if neg {
			ts.Fatalf("%s and %s hold the same lines", args[0], args[1])
		}
		for _, l := range a {
			if !slices.Contains(b, l) {
				ts.Logf("only in %s: %s", args[0], l)
			}
		}
		for _, l := range b {
			if !slices.Contains(a, l) {
				ts.Logf("only in %s: %s", args[1], l)
			}
		}
		ts.Fatalf("%s and %s differ (%d and %d lines)", args[0], args[1], len(a), len(b))
	}
}
