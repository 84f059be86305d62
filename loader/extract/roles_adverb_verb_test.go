package extract

import "testing"

// TestAdverbBeforeRoleVerb: one adverb between the name and the verb that
// gives the post ("later became", "previously served as", "also is") does
// not hide the post; a negation does, and a verb that gives none ("also is
// expected") still gives none.
func TestAdverbBeforeRoleVerb(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Board\n\nMaria Ortiz later became chief executive of Tellco Systems Inc. last year.",
			want: []string{`Maria Ortiz jobTitle "chief executive"`, "Maria Ortiz affiliation Tellco Systems Inc."}},
		{text: "Board\n\nThe company said Maria Ortiz previously served as president of Tellco Systems Inc. last year.",
			want: []string{`Maria Ortiz jobTitle "president"`, "Maria Ortiz affiliation Tellco Systems Inc."}},
		{text: "Board\n\nMaria Ortiz also is the treasurer of Tellco Systems Inc. last year.",
			want: []string{`Maria Ortiz jobTitle "treasurer"`}},
		{text: "Board\n\nMaria Ortiz never became chief executive of Tellco Systems Inc. last year.",
			notWant: []string{`Maria Ortiz jobTitle "chief executive"`}},
		{text: "Board\n\nMaria Ortiz also is expected to join Tellco Systems Inc. last year.",
			notWant: []string{"Maria Ortiz affiliation Tellco Systems Inc."}},
	})
}
