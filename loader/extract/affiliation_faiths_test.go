package extract

import "testing"

// TestFaithCommunityNoBody: a faith's community named before a title is no
// body; a body named after a faith is one.
func TestFaithCommunityNoBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Talks\n\nThe Maronite Christian leader Pierre Haddad agreed to the plan on Monday.",
			notWant: []string{"Pierre Haddad affiliation Maronite Christian"}},
		{text: "Talks\n\nSunni leader Omar Rashid agreed to the plan on Monday.",
			notWant: []string{"Omar Rashid affiliation Sunni"}},
		{text: "Press\n\nThe Jewish Chronicle editor Sam Levy said readers wrote in.",
			want: []string{"Sam Levy affiliation Jewish Chronicle"}},
		{text: "Party\n\nChristian Democratic Union leader Karl Weber said the vote was close.",
			want: []string{"Karl Weber affiliation Christian Democratic Union"}},
	})
}
