package extract

import "testing"

// TestPartyHomeStory: a British party's title stays the party's in a story
// that names another country most when the story writes a word of British
// politics or names two British parties; a party word in a story of
// another country's politics, with neither, is no British party.
func TestPartyHomeStory(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "War\n\nThe war in Iraq was sold badly, a report said. Tory leader Michael Howard said the report on Iraq was damning. Iraq is still unstable, the MP added.",
			want: []string{"Michael Howard affiliation Conservative Party", `Michael Howard jobTitle "Tory leader"`}},
		{text: "Vote\n\nThe vote in the United States went to the wire, and the United States waited. Liberal Democrat leader Charles Kennedy welcomed the result. Tory leader Michael Howard sent his congratulations.",
			want: []string{"Charles Kennedy affiliation Liberal Democrats", "Michael Howard affiliation Conservative Party"}},
		{text: "Greece\n\nGreece will hold a vote in June, officials in Athens said. Conservative leader Constantine Mitsotakis said Greece needed a change of course.",
			notWant: []string{"Constantine Mitsotakis affiliation Conservative Party"}},
	})
}

// TestPartyApposition: a party word opening the title of an apposition
// after a person's name is the person's party; not before a portfolio nor
// where the words after it are no title.
func TestPartyApposition(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Asylum\n\nMeanwhile Jane Porter, Liberal Democrat health spokeswoman, said the plan was flawed.",
			want: []string{"Jane Porter affiliation Liberal Democrats", `Jane Porter jobTitle "health spokeswoman"`}},
		{text: "Budget\n\nTom Baxter, a Republican Senator, said the budget was too large.",
			want: []string{"Tom Baxter affiliation Republican Party"}},
		{text: "Budget\n\nTom Baxter, Conservative estimates show, spent too much.",
			notWant: []string{"Tom Baxter affiliation Conservative Party"}},
	})
}
