package extract

import "testing"

// TestAndCutBodies: a body's name cut at its "and" is no body (seed122 row
// 42, seed130): "Pew Internet" of the Pew Internet and American Life
// Project, the town Reading of Reading and Bates Drilling Co; "and Co"
// alone cuts nothing, two firms each with its legal form are two.
func TestAndCutBodies(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "\"IPods are mainstream,\" said Lee Rainie, director of the Pew Internet and American Life Project.",
			notWant: []string{"Lee Rainie affiliation Pew Internet"}},
		{text: "However, Ronald Tappmeyer, vice chairman of Reading and Bates Drilling Co, said the oversupply of rigs would continue.",
			notWant: []string{"Ronald Tappmeyer affiliation Reading"}},
		{text: "\"I'm not convinced the intervention was concerted,\" said Earl Johnson of Harris Trust and Savings Bank in Chicago.",
			notWant: []string{"Earl Johnson affiliation Harris Trust"}},
		{text: "Joe Liro of S.G. Warburg Securities and Co expects the deficit to total 26 billion dlrs.",
			want: []string{"Joe Liro affiliation S.G. Warburg Securities"}},
	})
}

// TestHonourContest: the contest of a sporting honour is no body of its
// winner, lower-case words between ("Olympic heptathlon champion", seed130).
func TestHonourContest(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "She will take on Olympic heptathlon champion Carolina Kluft in Madrid.",
			notWant: []string{"Carolina Kluft affiliation Olympic"}},
	})
}

// TestShadowPortfolio: a shadow post's portfolio is no body of its holder
// (seed130: "Shadow Treasury chief secretary").
func TestShadowPortfolio(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Shadow Treasury chief secretary George Osborne said there was a black hole in the public finances.",
			notWant: []string{"George Osborne affiliation Shadow Treasury"}},
		{text: "Shadow Europe minister Graham Brady said Britain must keep the rebate.",
			notWant: []string{"Graham Brady affiliation Europe"}},
		{text: "Jerry Jordan, a member of the Shadow Open Market Committee, said money growth was too fast.",
			want: []string{"Jerry Jordan affiliation Shadow Open Market Committee"}},
	})
}

// TestSectorOpening: an analyst's field opening the sentence is no body when
// the sentence names the analyst's firm (seed129: "Bank analyst Michael Walsh
// at First Marathon" given a bank of the story).
func TestSectorOpening(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Canadian banks face pressure, Toronto Dominion Bank said.\n\nBank analyst Michael Walsh at First Marathon Securities Ltd said one bank wants to act.",
			notWant: []string{"Michael Walsh affiliation Toronto Dominion Bank"}},
		{text: "Salomon analyst David Sutliff said he sees higher earnings.",
			want: []string{"David Sutliff affiliation Salomon"}},
	})
}

// TestPartyAmongParties: "president of the party" in a story naming
// several parties, by any name, is none of them for certain (seed130:
// Forlani of the Christian Democrats given the Republicans).
func TestPartyAmongParties(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Italy's majority Christian Democrats have quit the government.\n\nForlani, president of the party, said he had resigned.\n\nThe coalition also includes Republicans and Liberals.",
			notWant: []string{"Forlani affiliation Republican Party"}},
		{text: "Labour and the Tories clashed over stamp duty.\n\nVince Cable, the party's Treasury spokesman, said raising the threshold would help.",
			notWant: []string{"Vince Cable affiliation HM Treasury", "Vince Cable affiliation Treasury"}},
	})
}
