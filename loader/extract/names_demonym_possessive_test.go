package extract

import "testing"

// TestPossessiveNationAdjective: a nation's adjective in the possessive is
// a firm's short name, no nation (affiliation-seed121 row 25); the
// adjective before a title still gives the nation.
func TestPossessiveNationAdjective(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "American Century Corp got an injunction. The court barred Stool, American's chairman John Kerr and Robert Feldman, a director with American.",
			notWant: []string{"John Kerr affiliation United States"}},
		{text: "American Trade Representative Clayton Yeutter said it was all but certain.",
			want: []string{"Clayton Yeutter affiliation United States"}},
	})
}
