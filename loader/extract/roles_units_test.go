package extract

import "testing"

// TestFuturesUnit: "Futures" ends a firm's name (gazetteer orgsuffixes), so
// a broker's futures unit named with its parent is the affiliation, not the
// parent with "Futures" left in the title.
func TestFuturesUnit(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "The surge in oil prices has been a concern to Manufacturers Hanover Futures analyst Jim Rozich, he said.",
			want:    []string{`Jim Rozich jobTitle "analyst"`, "Jim Rozich affiliation Manufacturers Hanover Futures"},
			notWant: []string{`Jim Rozich jobTitle "Futures analyst"`, "Jim Rozich affiliation Manufacturers Hanover"}},
		{text: "Clifford Evans, president of Demico Futures, was elected treasurer.",
			want: []string{"Clifford Evans affiliation Demico Futures"}},
		// lower-case futures are a market, no firm's name
		{text: "Crude oil futures analyst John Smith said prices would fall.",
			notWant: []string{"John Smith affiliation Crude oil futures"}},
	})
}
