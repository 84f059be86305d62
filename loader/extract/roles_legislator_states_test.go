package extract

import "testing"

// TestLegislatorsState: a person written "X of STATE" in a sentence about a
// legislature, or after one, serves the state (roles_legislator_states.go):
// an affiliation, no home; outside a legislature's business the state is
// the person's home.
func TestLegislatorsState(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Budget talks\n\nThe bill was opposed in the Senate by Democrat Walter Brennan of Ohio, who called it unfair.",
			want:    []string{"Walter Brennan affiliation Ohio"},
			notWant: []string{"Walter Brennan homeLocation Ohio"}},
		{text: "Budget talks\n\nNine members of the caucus backed the plan. Among them were its two chairs, Linda Morrow of Oregon and Peter Vance of Iowa, who spoke first.",
			want:    []string{"Peter Vance affiliation Iowa"},
			notWant: []string{"Linda Morrow homeLocation Oregon", "Peter Vance homeLocation Iowa"}},
		{text: "Budget talks\n\nThe plan has critics in Congress. Harlan, Republican of Kansas, said it cost too much.",
			notWant: []string{"Harlan homeLocation Kansas"}},
		{text: "Court case\n\nThe suit was filed against a Boston student and Walter Brennan of Ohio, who denied the claims.",
			want:    []string{"Walter Brennan homeLocation Ohio"},
			notWant: []string{"Walter Brennan affiliation Ohio"}},
	})
}
