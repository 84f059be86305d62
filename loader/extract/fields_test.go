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
