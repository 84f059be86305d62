package queries

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWrap(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want []string
	}{
		{"", 10, []string{""}},
		{"short", 10, []string{"short"}},
		{"one two three four", 9, []string{"one two", "three", "four"}},
		{"exactly ten", 11, []string{"exactly ten"}},
		{"a verylongwordindeed b", 6, []string{"a", "verylo", "ngword", "indeed", "b"}},
		{"  spaced   out  ", 20, []string{"spaced out"}},
		{"Müller 🙂 José", 8, []string{"Müller 🙂", "José"}},
	} {
		got := wrap(tc.in, tc.n)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("wrap(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
		for _, l := range got {
			if utf8.RuneCountInString(l) > tc.n {
				t.Errorf("wrap(%q, %d): line %q too long", tc.in, tc.n, l)
			}
		}
	}
}

// A query's whole columns wrap; the others are cut at maxCell.
func TestWriteTableWhole(t *testing.T) {
	long := strings.Repeat("word ", 40)
	res := &Result{Query: "evidence", Columns: []string{"text", "headline"},
		Rows: []map[string]any{{"text": long, "headline": long}}}
	var b strings.Builder
	if err := WriteTable(&b, res); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	if len(lines) != 4 { // the header, and the 199 characters of text on three lines
		t.Fatalf("%d lines:\n%s", len(lines), b.String())
	}
	if !strings.HasSuffix(lines[1], "…") || strings.Contains(lines[2], "…") || strings.Count(b.String(), "word") != 40+80/5 {
		t.Errorf("table:\n%s", b.String())
	}
}
