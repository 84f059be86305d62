package extract

import "testing"

// TestRolesS19: issue 15's titles of modern copy: a description with "a"
// before the name between commas gives the post when it names the body ("A
// spokeswoman for the Ministry of Health, Sharon Jones,"), not a bare
// service ("A lawyer for the family, Ben Crump,"); a place's common noun in
// a possessive stands for the one place of its kind the sentence named
// before it ("the Territory's Premier", "the country's finance minister"),
// not for one of two, nor for a place named only in another sentence (the
// fact's evidence would not name it).
func TestRolesS19(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Health\n\nA spokeswoman for the Ministry of Health, Sharon Jones, declined to comment.",
			want: []string{`Sharon Jones jobTitle "spokeswoman"`, "Sharon Jones affiliation Ministry of Health"}},
		{text: "Court\n\nA lawyer for the family, Ben Crump, said they would sue.",
			notWant: []string{`Ben Crump jobTitle "lawyer"`}},
		{text: "BVI\n\nIn the British Virgin Islands, the Territory's Premier Andrew Fahie said the plan would help.",
			want: []string{"Andrew Fahie affiliation British Virgin Islands"}},
		{text: "Brazil\n\nThe talks come after Brazil's interest rate moratorium and a stand by the country's finance minister, Dilson Funaro.",
			want: []string{"Dilson Funaro affiliation Brazil"}},
		{text: "Fiji\n\nFiji welcomed the end of a ban imposed by Australian unions as supporters of the country's ousted prime minister Timoci Bavadra protested.",
			notWant: []string{"Timoci Bavadra affiliation Australia"}},
		{text: "Budget\n\nJamaica's Prime Minister Andrew Holness spoke. The country's finance minister, Nigel Clarke, also spoke.",
			notWant: []string{"Nigel Clarke affiliation Jamaica"}},
	})
}
