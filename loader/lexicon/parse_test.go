package lexicon

import (
	"strings"
	"testing"
)

// TestParseAsSplit compares Parse with the reading by strings.Split it
// replaced, on the edges of a list: no final newline, CRLF, blank and
// comment lines, tabs.
func TestParseAsSplit(t *testing.T) {
	split := func(b []byte) [][2]string {
		var out [][2]string
		for _, line := range strings.Split(string(b), "\n") {
			line = strings.TrimRight(line, "\r")
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			k, v, _ := strings.Cut(line, "\t")
			out = append(out, [2]string{k, v})
		}
		return out
	}
	for _, in := range []string{"", "\n", "a", "a\n", "a\r\nb\tc\r\n", "# x\n\n  \nw\tv\tz\n#y", "a\n\nb"} {
		got, want := Parse([]byte(in)), split([]byte(in))
		if len(got) != len(want) {
			t.Errorf("Parse(%q) = %q, want %q", in, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("Parse(%q) = %q, want %q", in, got, want)
			}
		}
	}
}
