package extract

import (
	"strings"
	"testing"
)

func TestCountFields(t *testing.T) {
	for _, s := range []string{"", " ", "Blair", " Tony  Blair ", "Tony\u00a0Blair", "a b c d", "\xff \xfe", "Osama bin\tLaden\n"} {
		want := len(strings.Fields(s))
		for most := 1; most <= 4; most++ {
			if got := countFields(s, most); got != min(want, most) {
				t.Errorf("countFields(%q, %d) = %d, want %d", s, most, got, min(want, most))
			}
		}
	}
}

func TestHasWordSuffix(t *testing.T) {
	for _, s := range []string{"", "bin laden", "osama bin laden", "osama binladen", " bin laden", "laden"} {
		for _, suffix := range []string{"", "bin laden", "laden"} {
			if got, want := hasWordSuffix(s, suffix), strings.HasSuffix(s, " "+suffix); got != want {
				t.Errorf("hasWordSuffix(%q, %q) = %v, want %v", s, suffix, got, want)
			}
		}
	}
}

// TestEdgeFields checks edgeFields against strings.Fields, with Unicode
// spaces and bytes that are not UTF-8.
func TestEdgeFields(t *testing.T) {
	for _, s := range []string{"", " ", "Blair", " Tony  Blair ", "Tony\u00a0Blair", "a b c d", "\xff \xfe", "Osama bin\tLaden\n", "\u2003Mr\u3000X\u0085", "\xe2\x80 a", "a\xc2"} {
		checkEdgeFields(t, s)
	}
}

func FuzzEdgeFields(f *testing.F) {
	f.Add(" Tony  Blair ")
	f.Add("Tony\u00a0Blair\xff")
	f.Fuzz(checkEdgeFields)
}

func checkEdgeFields(t *testing.T, s string) {
	want := strings.Fields(s)
	first, last, n := edgeFields(s)
	if n != len(want) {
		t.Fatalf("edgeFields(%q): %d fields, want %d", s, n, len(want))
	}
	if n > 0 && (first != want[0] || last != want[n-1]) {
		t.Fatalf("edgeFields(%q) = %q, %q, want %q, %q", s, first, last, want[0], want[n-1])
	}
	if n == 0 && (first != "" || last != "") {
		t.Fatalf("edgeFields(%q) = %q, %q, want none", s, first, last)
	}
}

// TestHasField checks hasField against the words of strings.Fields.
func TestHasField(t *testing.T) {
	for _, s := range []string{"", " ", "Blair", " Tony  Blair ", "Tony\u00a0Blair", "Osama bin\tLaden\n", "\xff \xfe"} {
		for _, w := range []string{"", "Tony", "Blair", "bin", "Laden", "Tony Blair", "\xff", "\u00a0"} {
			want := false
			for _, f := range strings.Fields(s) {
				want = want || f == w
			}
			if got := hasField(s, w); got != want {
				t.Errorf("hasField(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}
