package extract

import "testing"

// TestPartyMemberNoTitle: a party's member holds no post in it ("CDU member
// X": closing note s17, seed116); the party stays the affiliation. A
// board's or a committee's member keeps the title.
func TestPartyMemberNoTitle(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Bundesbank\n\nAccording to these reports, Schlesinger would be replaced two years later by CDU member Hans Tietmeyer, the current Finance Ministry State Secretary.",
			want:    []string{`Hans Tietmeyer affiliation CDU`},
			notWant: []string{`Hans Tietmeyer jobTitle "member"`}},
		{text: "Bundesbank\n\nDer Spiegel said that, because Poehl is a member of the Social Democratic Party (SPD), Kohl had not taken the decision lightly.",
			want:    []string{`Poehl affiliation Social Democratic Party`},
			notWant: []string{`Poehl jobTitle "member"`}},
		{text: "Banks\n\nNew Democratic Party member Michael Cassidy said, \"I hope the banks see the writing on the wall.\"",
			want:    []string{`Michael Cassidy affiliation New Democratic Party`},
			notWant: []string{`Michael Cassidy jobTitle "member"`}},
		{text: "Rates\n\nFederal Reserve Board member Robert Heller said the trend toward global financial markets required even treatment.",
			want: []string{`Robert Heller jobTitle "member"`}},
	})
}
