package extract

import "testing"

// TestLowerFieldTitles: a title's field in lower case after "of", right
// before the name, stays in the title, and the possessor or body before it
// is the affiliation; a town before an occupation of a field ("director of
// rugby") names a club, no town's office; a trade after "of" ("head of
// rival X") is no field.
func TestLowerFieldTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Health\n\nPeru's minister of health, Ana Torres, said the vaccines had arrived.",
			want: []string{`Ana Torres jobTitle "minister of health"`, "Ana Torres affiliation Peru"}},
		{text: "Mines\n\nChile's minister of energy and mines Ana Torres opened the talks.",
			want: []string{`Ana Torres jobTitle "minister of energy and mines"`, "Ana Torres affiliation Chile"}},
		{text: "Results\n\nShares of Acme Corp fell after Acme Corp vice president of finance Ana Torres said sales rose.",
			want: []string{`Ana Torres jobTitle "vice president of finance"`, "Ana Torres affiliation Acme Corp"}},
		{text: "Injury\n\nLeicester director of rugby Ana Torres said the injury was bad.",
			want:    []string{`Ana Torres jobTitle "director of rugby"`},
			notWant: []string{"Ana Torres affiliation Leicester"}},
		{text: "Bid\n\nThe head of rival Ana Torres said no.",
			notWant: []string{`Ana Torres jobTitle "head of rival"`}},
	})
}
