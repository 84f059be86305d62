package extract

import "testing"

// TestTitledSeats: a town's or county's seat named before a person and the
// place after the name ("Mayor X of Y") make the place the person's
// affiliation, not a home; a title that is no seat ("Supervisor X of the
// night shift" names no place) or no place after "of" gives none.
func TestTitledSeats(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Vote\n\nThe budget passed easily, said Supervisor Alfredo Pedroza of Napa County.",
			want: []string{`Alfredo Pedroza jobTitle "Supervisor"`, "Alfredo Pedroza affiliation Napa County"}},
		{text: "Vote\n\nThe budget passed easily, said Mayor Joe Smith of Springfield.",
			want:    []string{"Joe Smith affiliation Springfield"},
			notWant: []string{"Joe Smith homeLocation Springfield"}},
		{text: "Crime\n\nSheriff Maria Lopez of Orange County said the suspect fled north.",
			want: []string{"Maria Lopez affiliation Orange County"}},
		{text: "Plant\n\nSupervisor Joe Smith of the night shift said the plant closed early.",
			notWant: []string{"Joe Smith affiliation night shift"}},
		{text: "Trip\n\nCoach Joe Smith of Springfield said the team was tired.",
			notWant: []string{"Joe Smith affiliation Springfield"}},
	})
}
