package extract

import "testing"

// TestAtBody: a body named after "at" right after a speaker's name is the
// speaker's employer, as after "from" (roles_web.go, fromBody); the name
// must not be a verb's object ("met X at the Y" says where they met) and
// the body must end the clause.
func TestAtBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Rates\n\n\"Rates will stay high,\" said Maria Gomez at Barclays Capital.",
			want: []string{"Maria Gomez affiliation Barclays Capital"}},
		{text: "Rates\n\nMaria Gomez at Barclays Capital said rates would stay high.",
			want: []string{"Maria Gomez affiliation Barclays Capital"}},
		{text: "Rates\n\nThe minister met Maria Gomez at Barclays Capital on Monday.",
			notWant: []string{"Maria Gomez affiliation Barclays Capital"}},
		{text: "Rates\n\nReporters waited for Maria Gomez at Barclays Capital headquarters all day.",
			notWant: []string{"Maria Gomez affiliation Barclays Capital"}},
	})
}
