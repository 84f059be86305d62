package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// TestNextFieldMatchesFields checks nextField against strings.Fields and
// bodyHeadWord against its reading through strings.Fields.
func TestNextFieldMatchesFields(t *testing.T) {
	names := []string{"", " ", "National Institutes of Health", "  National\tInstitutes  of Health ", "Council of Economic Advisers",
		"Bank of America", "Shigeki Matsumoto of Nikko Securities", "Royal Institutes for  Deaf", "A B OF C D", "Institutes of",
		"X Y Institutes for", "Agence\u00a0France Institutes of Presse", "Nat Inst Institutes Of Health"}
	for _, name := range names {
		var got []string
		for f, rest, ok := nextField(name); ok; f, rest, ok = nextField(rest) {
			got = append(got, f)
		}
		if want := strings.Fields(name); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("fields of %q: %q, want %q", name, got, want)
		}
		for _, word := range append(strings.Fields(name), "", "Institutes", "Institute", "Bank") {
			if got, want := bodyHeadWord(name, word), bodyHeadWordFields(name, word); got != want {
				t.Errorf("bodyHeadWord(%q, %q) = %v, want %v", name, word, got, want)
			}
		}
	}
}

// bodyHeadWordFields is bodyHeadWord as it read strings.Fields.
func bodyHeadWordFields(name, word string) bool {
	f := strings.Fields(name)
	for i := 2; i < len(f)-1; i++ {
		if strings.EqualFold(f[i], "of") || strings.EqualFold(f[i], "for") {
			return f[i-1] == word && (gazetteer.IsOrgHead(word) || gazetteer.IsOrgHead(strings.TrimSuffix(word, "s")))
		}
	}
	return false
}
