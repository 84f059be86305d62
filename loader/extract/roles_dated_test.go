package extract

import "testing"

// TestDatedTitles: a date right after a title's head closes the title
// ("became an Acme Corp spokeswoman in 2005", "chairman since 1985,");
// a place after it does not.
func TestDatedTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Diet\n\nAnn Lee became an Acme Corp spokeswoman in 2005.",
			want: []string{"Ann Lee affiliation Acme Corp", `Ann Lee jobTitle "spokeswoman"`}},
		{text: "Board\n\nHoward Katz, chairman since 1985, will remain a board member.",
			want: []string{`Howard Katz jobTitle "chairman"`}},
		{text: "Bank\n\nPoehl has been Bundesbank chief since January 1, 1980.",
			want: []string{"Poehl affiliation Bundesbank"}},
		{text: "Board\n\nFlo Fay was named an Acme Corp director in May.",
			want: []string{"Flo Fay affiliation Acme Corp"}},
	})
}
