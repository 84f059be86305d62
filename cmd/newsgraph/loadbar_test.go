package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// frames splits what a progress bar wrote into the lines it drew.
func frames(out string) []string {
	var list []string
	for _, f := range strings.FieldsFunc(out, func(r rune) bool { return r == '\r' || r == '\n' }) {
		if strings.TrimSpace(f) != "" {
			list = append(list, strings.TrimSpace(f))
		}
	}
	return list
}

func TestLoadBarBytes(t *testing.T) {
	var buf bytes.Buffer
	b := newLoadBar("always", &buf, 1000)
	if b == nil || !b.bytes {
		t.Fatal("no bar by bytes for a known size")
	}
	b.at(250)
	b.article(1, 0, 0, 0)
	b.at(1000)
	b.article(2, 40, 0, 1)
	b.finish(&buf, true)
	out := frames(buf.String())
	last := out[len(out)-1]
	if !strings.HasPrefix(last, "2 articles, 40 quads, 1 failed 100% |") || !strings.Contains(last, "[") {
		t.Errorf("last frame %q", last)
	}
	for _, f := range out {
		if strings.Contains(f, " 0 quads") || strings.Contains(f, "/hr") {
			t.Errorf("frame %q shows a zero count or a rate per hour", f)
		}
	}
	// An interrupted load leaves the bar where it stopped.
	buf.Reset()
	b = newLoadBar("always", &buf, 1000)
	b.at(300)
	b.article(1, 0, 0, 0)
	b.finish(&buf, false)
	if s := buf.String(); strings.Contains(s, "100%") || !strings.Contains(s, "30%") {
		t.Errorf("interrupted bar: %q", s)
	}
}

func TestLoadBarCounter(t *testing.T) {
	var buf bytes.Buffer
	b := newLoadBar("always", &buf, -1)
	if b == nil || b.bytes || b.readBytes() != nil {
		t.Fatal("want a counter for an unknown size")
	}
	b.at(500) // no effect
	b.article(1, 0, 0, 0)
	b.finish(&buf, true)
	out := frames(buf.String())
	if last := out[len(out)-1]; !strings.Contains(last, "1 article") || strings.Contains(last, "%") {
		t.Errorf("last frame %q", last)
	}
	if newLoadBar("never", &buf, 10) != nil || newLoadBar("auto", &buf, 10) != nil {
		t.Error("a bar without a terminal")
	}
	var nilBar *loadBar
	nilBar.at(1)
	nilBar.article(1, 1, 1, 1)
	nilBar.clear()
	nilBar.finish(&buf, true)
}

func TestInputSize(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, n int) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, make([]byte, n), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", 100)
	write("sub/b.jsonl", 50)
	write(".hidden", 1000)
	write(".git/objects", 1000)
	write("one.txt", 7)
	for _, tc := range []struct {
		inputs []string
		want   int64
	}{
		{[]string{dir}, 157},
		{[]string{filepath.Join(dir, "one.txt"), filepath.Join(dir, "sub")}, 57},
		{[]string{filepath.Join(dir, "a.txt"), "-"}, -1},
		{[]string{"https://example.org/feed.xml"}, -1},
		{[]string{filepath.Join(dir, "missing.txt")}, -1},
	} {
		if got := inputSize(tc.inputs); got != tc.want {
			t.Errorf("inputSize(%v) = %d, want %d", tc.inputs, got, tc.want)
		}
	}
}
