package extract

import "testing"

// TestForeignLabourMinister: a Labour Minister of a country with no Labour
// party holds a portfolio, not the British party (issue 11, seed70); a
// Labour MP is the party's wherever the story is.
func TestForeignLabourMinister(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Brazil's seamen struck on Monday. Labour Minister Almir Pazzianotto said the government of Brazil will not force a settlement of the strike.",
			notWant: []string{"Almir Pazzianotto affiliation Labour Party"}},
		{text: "Iraq was the issue. However, Labour MP George Foulkes said the campaigners in Iraq would not make any difference.",
			want: []string{"George Foulkes affiliation Labour Party"}},
		{text: "Britain's unions were angry. Former Labour minister Jack Cunningham said Britain had changed.",
			want: []string{"Jack Cunningham affiliation Labour Party"}},
	})
}
