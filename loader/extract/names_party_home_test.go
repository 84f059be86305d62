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

// TestPartyWordReadAsPerson: a party's word the recogniser read as a
// person's name where it opens a sentence before a title and a name ("Lib
// Dem home affairs spokesman X") is the party, and no person "Lib Dem"; a
// person named like no party keeps the name.
func TestPartyWordReadAsPerson(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"The Tories and the Lib Dems have called for a second inquiry. Lib Dem home affairs spokesman Tom Raddle also said there was a strong case for a review.",
			map[string]EntityType{"Liberal Democrats": Organization, "Tom Raddle": Person}, []string{"Lib Dem"}},
		{"Lib Dem education spokesman Ann Kettle said fees would rise. The Lib Dems oppose the plan.",
			map[string]EntityType{"Liberal Democrats": Organization, "Ann Kettle": Person}, []string{"Lib Dem"}},
		{"Jim Corrie, the party's spokesman, said fees would rise.",
			map[string]EntityType{"Jim Corrie": Person}, nil},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}

// TestPartyModifierReadAsPerson: a party's word read as a person's name
// before a lower-case word, in an article that names the party as a body,
// is the party.
func TestPartyModifierReadAsPerson(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"The Lib Dems launched their manifesto on Monday. He underlined Lib Dem plans to scrap fees, and the plans face trouble if Conservative and Lib Dem opposition continues.",
			map[string]EntityType{"Liberal Democrats": Organization}, []string{"Lib Dem"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}

// TestPartyWordAfterOpener: a party's word read as a person's name after
// a capitalised adverb or conjunction opening the sentence, or before a
// possessive, is the party; after a capitalised word of a name it is not
// read apart ("Christian Democrat").
func TestPartyWordAfterOpener(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Fees\n\nThe Lib Dems oppose fees. Meanwhile Lib Dem leader Tom Raddle is expected to attack the plan.",
			want: []string{"Tom Raddle affiliation Liberal Democrats"}},
	})
	checkNames(t, "The Lib Dems launched a plan. Mr Cole rejected the Lib Dem's call to open the books.",
		map[string]EntityType{"Liberal Democrats": Organization}, []string{"Lib Dem"})
}
