package extract

import (
	"testing"
	"time"
)

// TestSplitNamedApart checks that a name joining two names with "and" is
// split when the article names its first half alone, and kept whole
// otherwise.
func TestSplitNamedApart(t *testing.T) {
	pub := time.Date(2005, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"England are second bottom in the Six Nations table after three rugby defeats, and the coach was blamed for the match. Campese has tipped Wales to win both the Six Nations and Grand Slam come the end of the tournament.",
			map[string]EntityType{"Six Nations": Event, "Six Nations and Grand Slam": Other}},
		// a firm's legal name, and a name whose first half the article never writes alone
		{"Dow Jones said profits rose. The shares of Dow Jones and Co Inc fell two dlrs.",
			map[string]EntityType{"Dow Jones and Co Inc": Organization}},
		{"Marsh said profits rose. Shares of Marsh & McLennan fell two dlrs.",
			map[string]EntityType{"Marsh & McLennan": Organization}},
		{"Blue Cross said costs rose. Blue Cross and Blue Shield plans will raise premiums.",
			map[string]EntityType{"Blue Shield": Other}},
		{"Carolina Power said profits rose. Shares of Carolina Power and Light Co fell two dlrs.",
			map[string]EntityType{"Carolina Power and Light Co": Organization}},
		{"Dixons Group said it would raise its offer. Talks between Dixons Group and Cyacq ended on Friday.",
			map[string]EntityType{"Dixons Group": Organization, "Dixons Group and Cyacq": Other}},
		{"The Grand Slam is the prize this year. Campese has tipped Wales to win both the Six Nations and Grand Slam come the end of the rugby tournament, after the match in Cardiff.",
			map[string]EntityType{"Six Nations": Other}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}
