package relate

import (
	"strings"
	"testing"
)

// The pair features hash lowered words as they come, without building the
// lowered string: the hashes must be those of the string.
func TestHashLoweredWords(t *testing.T) {
	words := []string{"the", "Geneva-based", "GENEVA-BASED", "École", "naïve", "İstanbul", "\u212aelvin", "", "a\xffB", "BASED", "-based"}
	for _, a := range words {
		for _, b := range words {
			want := tmpl("Work_For", 10).s(strings.ToLower(a) + " " + strings.ToLower(b) + " ")
			if got := tmpl("Work_For", 10).lowerWord(a).b(' ').lowerWord(b).b(' ').b(0xff); got != want {
				t.Errorf("hash of %q %q = %x, want %x", a, b, got, want)
			}
		}
		if got, want := hasSuffixLower(a, "-based"), strings.HasSuffix(strings.ToLower(a), "-based"); got != want {
			t.Errorf("hasSuffixLower(%q) = %v, want %v", a, got, want)
		}
	}
}
