package extract

import "testing"

// TestAffiliationCutAndWorks: a club's suffix cut from its town is no body,
// and a person's work named past its modifiers is no body (blind judge
// seed112).
func TestAffiliationCutAndWorks(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Takeover\n\nBob Murray, chairman of Sunderland FC, has launched a bid for the club.",
			notWant: []string{"Bob Murray affiliation FC"}},
		{text: "Books\n\nDavid Mitchell's Booker-shortlisted novel, Cloud Atlas, makes it into this year's top 10 along with several lesser known works.",
			notWant: []string{"David Mitchell affiliation Cloud Atlas"}},
		{text: "Bank\n\nJohn Smith, chairman of Acme Corp, said profits rose.",
			want: []string{"John Smith affiliation Acme Corp"}},
	})
}
