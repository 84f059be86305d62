package extract

import "testing"

// TestConfederationHeads checks that "Confederation" heads and ends bodies'
// names, over their "of" phrase too, as "Federation" does
// (gazetteer/data/orgsuffixes.txt), and that a country's name with
// "Confederation" stays the country's.
func TestConfederationHeads(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"The Confederation of British Industry said orders fell in March.",
			map[string]EntityType{"Confederation of British Industry": Organization}, nil},
		{"Sales fell, the Confederation of Australian Industry said on Monday.",
			map[string]EntityType{"Confederation of Australian Industry": Organization}, nil},
		// a body's head and "of" opening the sentence are the name's
		{"Orders\n\nIt rose. Confederation of British Industry (CBI) President David Nickson said the budget was good.",
			map[string]EntityType{"Confederation of British Industry": Organization}, []string{"British Industry"}},
		{"The Swiss Confederation said orders fell.",
			nil, []string{"Swiss Confederation"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
