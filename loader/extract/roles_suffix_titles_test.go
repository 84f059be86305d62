package extract

import "testing"

// TestSuffixWordOpeningKnownTitle: a word that may end a firm's name
// ("Financial") right after a body's mention opens the title when it makes
// a known title with the words after it; otherwise it is still the end of
// the body's name, no title word.
func TestSuffixWordOpeningKnownTitle(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Budget\n\nTreasury Financial Secretary Maria Ortiz told reporters the plan would go ahead.",
			want:    []string{`Maria Ortiz jobTitle "Financial Secretary"`},
			notWant: []string{`Maria Ortiz jobTitle "Secretary"`}},
		{text: "Budget\n\nTellco Financial president Maria Ortiz told reporters the plan would go ahead.",
			want:    []string{`Maria Ortiz jobTitle "president"`},
			notWant: []string{`Maria Ortiz jobTitle "Financial president"`}},
	})
}
