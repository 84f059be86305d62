package extract

import "testing"

// TestOccupationHome: a city before an occupation read by its shape is
// where the person lives and works; a country is a nationality, no home.
func TestOccupationHome(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Blackouts\n\n“They set it up like this is a historic event,” said Bill Powers, a San Diego engineer who provides expert testimony.",
			want: []string{`Bill Powers jobTitle "engineer"`, "Bill Powers homeLocation San Diego"}},
		{text: "Shares\n\nLeon Greenblatt, a Chicago investor, told the Securities and Exchange Commission he has acquired 89,450 shares.",
			want: []string{"Leon Greenblatt homeLocation Chicago"}},
		{text: "Comedy\n\nJohn Smith, a British comedian, performed on Monday.",
			notWant: []string{"John Smith homeLocation United Kingdom"}},
	})
}
