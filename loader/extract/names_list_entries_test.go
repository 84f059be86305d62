package extract

import "testing"

// TestNameListLines checks lists of names, one to a line, read as lists and
// not as title-case headings.
func TestNameListLines(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		// signatories: a person and the body after the comma
		{"The letter was signed by these.\n\nElliot Ackerman\n\nSaladin Ambar, Rutgers University\n\nMartin Amis\n\nRoger Berkowitz, Bard College\n",
			map[string]EntityType{"Saladin Ambar": Person, "Rutgers University": Organization, "Bard College": Organization}, nil},
		// a ranking, its numbers split from the names
		{"The list is here.\n\n1. Paul Stanley\n\n2. Robert Plant\n\n3. Eddie Vedder\n",
			map[string]EntityType{"Paul Stanley": Person, "Robert Plant": Person}, nil},
		// a person and the body they are listed with, no suffix to its name;
		// a title or a known place after the comma is no body
		{"My favourite singers are these.\n\nBrett Oakley, Soundgarden\n\nMaria Costa, Velvet Harbour\n\nJo Baker, Editor\n\nAnn Lee, Boston\n",
			map[string]EntityType{"Brett Oakley": Person, "Soundgarden": Organization, "Velvet Harbour": Organization, "Boston": Place}, []string{"Editor"}},
		// two lines are no list: headings stay headings
		{"The list is here.\n\nSoil And Transplanting\n\nPaul Stanley\n\nIt rained on the town today.",
			nil, []string{"Paul Stanley", "Soil And Transplanting"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
