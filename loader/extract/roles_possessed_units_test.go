package extract

import "testing"

// TestPossessedUnits: a person's body written with its possessive before a
// unit ("Acme Corp's Bolt Securities") gives the person both, the body and
// its unit (roles_possessed_units.go); a name that only modifies a noun
// after it ("the NFU's Dairy Board oversight committee") is no unit.
func TestPossessedUnits(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Shares\n\nJim Hart, a trader at Acme Corp's Bolt Securities unit, said prices fell.",
			want: []string{"Jim Hart affiliation Acme Corp", "Jim Hart affiliation Bolt Securities", `Jim Hart jobTitle "trader"`}},
		{text: "Grain\n\nLinda Marsh, deputy administrator of USDA's Farm Service Agency, said the sign-up would open in May.",
			want: []string{"Linda Marsh affiliation USDA", "Linda Marsh affiliation Farm Service Agency"}},
		{text: "Sleep\n\nTom Reed of Stanford University's Hoover Institution said the study was small.",
			want: []string{"Tom Reed affiliation Stanford University", "Tom Reed affiliation Hoover Institution"}},
		{text: "Dairy\n\nAnna Cole, member of the NFU's Dairy Board oversight committee, said prices were low.",
			want: []string{"Anna Cole affiliation NFU"}, notWant: []string{"Anna Cole affiliation Dairy Board"}},
	})
}

// TestDegreeBodies: degrees between commas after a name do not hide the
// body after them, after "of" as after "from" (roles_degree_bodies.go).
func TestDegreeBodies(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Sleep\n\nThe study was led by Helen Varga, Ph.D., of Duke University, and published in May.",
			want: []string{"Helen Varga affiliation Duke University"}},
		{text: "Sleep\n\nHelen Varga, MD, from Duke University, said the results were clear.",
			want: []string{"Helen Varga affiliation Duke University"}},
		{text: "Sleep\n\nThe trial was run by Paul Okafor, PhD, of Emory University's Rollins School of Public Health, last year.",
			want: []string{"Paul Okafor affiliation Emory University", "Paul Okafor affiliation Rollins School of Public Health"}},
	})
}
