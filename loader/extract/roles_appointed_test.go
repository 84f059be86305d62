package extract

import "testing"

// TestAppointedRoles: posts given in a verb phrase after a name, with the
// body and a date after them; negations, bodies joined and occupations are
// no posts.
func TestAppointedRoles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Shake-up\n\nJohn Bell was named chief executive of Harbour Holdings.",
			want: []string{`John Bell jobTitle "chief executive"`, "John Bell affiliation Harbour Holdings"}},
		{text: "Board\n\nTom Reed was appointed chairman of the Port Authority last year.",
			want: []string{`Tom Reed jobTitle "chairman"`, "Tom Reed affiliation Port Authority"}},
		{text: "Bank\n\nEllen Ward has been named president of the Caribbean Development Bank.",
			want: []string{`Ellen Ward jobTitle "president"`, "Ellen Ward affiliation Caribbean Development Bank"}},
		{text: "Bank\n\nRuth Cole became director of the Caribbean Development Bank in 2019.",
			want: []string{`Ruth Cole jobTitle "director"`, "Ruth Cole affiliation Caribbean Development Bank"}},
		{text: "Ports\n\nIan Wood took over as managing director of Harbour Holdings.",
			want: []string{`Ian Wood jobTitle "managing director"`, "Ian Wood affiliation Harbour Holdings"}},
		{text: "Ports\n\nSue Park was promoted to vice president of Harbour Holdings on Monday.",
			want: []string{`Sue Park jobTitle "vice president"`, "Sue Park affiliation Harbour Holdings"}},
		{text: "Ports\n\nRob Dean, who was named chief executive of Harbour Holdings in May, spoke.",
			want: []string{`Rob Dean jobTitle "chief executive"`, "Rob Dean affiliation Harbour Holdings"}},
		{text: "Tourism\n\nAnn Gray, named chairman of the Tourism Board in 2019, spoke on Monday.",
			want: []string{`Ann Gray jobTitle "chairman"`, "Ann Gray affiliation Tourism Board"}},
		// how new or how long held is no part of the post
		{text: "Football\n\nWalter Smith was named as the new national manager.",
			want:    []string{`Walter Smith jobTitle "national manager"`},
			notWant: []string{`Walter Smith jobTitle "new national manager"`}},
		// not elected, named in a suit, joined to a board: no post
		{text: "Race\n\nIf Tom Steyer is not elected president, he will keep spending.",
			notWant: []string{`Tom Steyer jobTitle "president"`}},
		{text: "Suit\n\nAn attorney for James Ammeen, who is named as a defendant, asked the court to dismiss it.",
			notWant: []string{`James Ammeen jobTitle "defendant"`}},
		{text: "Suit\n\nCarl Rich was named in the lawsuit filed by Harbour Holdings.",
			notWant: []string{"Carl Rich affiliation Harbour Holdings"}},
	})
}
