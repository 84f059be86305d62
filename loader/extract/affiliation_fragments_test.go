package extract

import "testing"

// TestBodiesNoAffiliationNames: bodies no affiliation names (issue 11, seed70
// and seed71): a medium or a body's head noun alone, a person's work in a
// sentence about works, a title and a name read inside a body's name, a
// parent's short name read as its regional unit's.
func TestBodiesNoAffiliationNames(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Alison Howe, producer of TV show Later, said the band was good.",
			notWant: []string{"Alison Howe affiliation TV"}},
		{text: "Fox TV's Bill O'Reilly said he would be watching.",
			notWant: []string{"Bill O'Reilly affiliation TV"}},
		{text: "Helmut Schneider, director of the Institute for the Study of Labour at Bonn University, said wages must fall.",
			notWant: []string{"Helmut Schneider affiliation Institute"}},
		{text: "Other well-known albums recorded at the studio include Bruce Springsteen's Born In The USA and Paul Simon's Graceland.",
			notWant: []string{"Paul Simon affiliation Graceland"}},
		{text: "Richard Branson's Virgin said profits rose.",
			want: []string{"Richard Branson affiliation Virgin"}},
		{text: "Treasury Secretary James Baker and Federal Reserve Board chairman Paul Volcker have told House leaders they were optimistic.",
			want:    []string{`James Baker jobTitle "Treasury Secretary"`},
			notWant: []string{"Paul Volcker affiliation Treasury Secretary James Baker and Federal Reserve Board"}},
		{text: "BP Group Treasurer Rodney Chase said the offer was fair. BP Managing Director David Simon said so too.",
			want:    []string{`Rodney Chase jobTitle "Treasurer"`, "Rodney Chase affiliation BP Group"},
			notWant: []string{"David Simon affiliation BP Group Treasurer Rodney Chase"}},
		{text: "Cyprus' permanent representative at U.N. Headquarters said in a letter to U.N. Secretary-General Javier Perez de Cuellar.",
			want:    []string{"Javier Perez de Cuellar affiliation United Nations"},
			notWant: []string{"Javier Perez de Cuellar affiliation U.N. Headquarters"}},
		{text: "BP North America Inc will sell the refinery. BP Chairman Sir Peter Walters said the group would grow.",
			notWant: []string{"Peter Walters affiliation BP North America Inc"}},
		{text: "John Sanford, the Fairchild Republic unit's president, said Republic will stop. Sanford said lack of additional Air Force funding for the trainer prompted the termination agreement.",
			notWant: []string{"John Sanford affiliation Air Force"}},
		{text: "Gros will meet representatives of Citibank, the head of Brazil's bank advisory committee, and of co-heads Morgan Guaranty Trust Co and Lloyds Bank Plc.",
			notWant: []string{"Gros affiliation Citibank"}},
		{text: "Charles Jensen of MKI Securities said Inco was a stodgy number.",
			want:    []string{"Charles Jensen affiliation MKI Securities"},
			notWant: []string{"Charles Jensen affiliation Inco"}},
	})
}
