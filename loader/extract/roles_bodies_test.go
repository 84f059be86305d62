package extract

import "testing"

// TestBodyWordOpening: a body's word opening the sentence, capitalised
// there, before a title is the one body of the story its name ends in
// ("Trust member Robert Ruano": the Belize National Trust).
func TestBodyWordOpening(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Trust\n\nThe Belize National Trust met on Monday to discuss the plan.\n\nTrust member Robert Ruano said the plan was sound.",
			want: []string{`Robert Ruano jobTitle "member"`, "Robert Ruano affiliation Belize National Trust"}},
		{text: "Budget\n\nThe House Budget Committee met on Monday.\n\nCommittee Chairman William Gray said he wanted approval later today.",
			want: []string{"William Gray affiliation House Budget Committee"}},
	})
}
