package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"
)

// TestLinesAsScanner compares lines with bufio's lines (how the files were
// read before), comments and blank lines left out, on every data file.
func TestLinesAsScanner(t *testing.T) {
	names := []string{"countries.tsv", "countries_extra.tsv", "cities.tsv.gz", "admin1.tsv.gz", "places_extra.tsv",
		"orgs.tsv", "titles.txt", "orgsuffixes.txt", "placesuffixes.txt", "eventsuffixes.txt"}
	for _, name := range names {
		b, err := files.ReadFile("data/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(name, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if b, err = io.ReadAll(zr); err != nil {
				t.Fatal(err)
			}
		}
		var want []string
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
				want = append(want, l)
			}
		}
		got := lines(name)
		if strings.Join(got, "\n") != strings.Join(want, "\n") || len(got) != len(want) || len(got) == 0 {
			t.Errorf("%s: %d lines, want %d (or they differ)", name, len(got), len(want))
		}
	}
}

// TestFieldsAsSplit compares fields with strings.Split up to the number of
// fields asked for, and firstField with strings.Fields.
func TestFieldsAsSplit(t *testing.T) {
	for _, l := range []string{"", "a", "a\tb", "a\t\tc\t", "\t", "x\ty\tz\tw"} {
		var buf [10]string
		got := buf[:fields(l, buf[:])]
		if want := strings.Split(l, "\t"); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("fields(%q) = %q, want %q", l, got, want)
		}
	}
	var two [2]string
	if n := fields("a\tb\tc", two[:]); n != 2 || two[0] != "a" || two[1] != "b\tc" {
		t.Errorf("fields into two = %d %q, want the rest in the last", n, two)
	}
	for _, s := range []string{"", " ", "a", "a b", "  a  b  c ", "x\u00a0y", "é  b\tc\n", "\u2003a\u2003"} {
		ws := strings.Fields(s)
		f, n := firstField(s)
		if n != len(ws) || (n > 0 && f != ws[0]) || (n == 0 && f != "") {
			t.Errorf("firstField(%q) = %q, %d; strings.Fields gives %q", s, f, n, ws)
		}
	}
}
