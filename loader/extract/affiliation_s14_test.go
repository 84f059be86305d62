package extract

import "testing"

// TestAffiliationS14: affiliations judged wrong in issue 11's samples seed67
// and seed107-109, and their right neighbours: a describing word read as a
// body ("Oscar-winning", "South Korean"), a news medium told something given
// the minister named after it, a party glued to a portfolio, "the bank"
// standing for the newspaper named last, an acronym joined to a union named
// after it, a place before a body's noun, a trade ("PR").
func TestAffiliationS14(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Oscar-winning director Hayao Miyazaki's latest film has set a new Japanese box office record.",
			notWant: []string{"Hayao Miyazaki affiliation Oscar-winning"}},
		{text: "He praised Grammy-nominated singer Joss Stone.",
			notWant: []string{"Joss Stone affiliation Grammy-nominated"}},
		{text: "Still, South Korean trade minister Rha Woong Bae said last week that Korea would maintain a trade surplus.",
			notWant: []string{"Rha Woong Bae affiliation South Korean"}},
		{text: "Monsod told Reuters Finance Secretary Jaime Ongpin had decided not to insist on it.",
			notWant: []string{"Jaime Ongpin affiliation Reuters"}},
		{text: "Lib Dem Home Affairs spokesman Mark Oaten said: \"It would clearly be prudent.\"",
			notWant: []string{"Mark Oaten affiliation Dem Home Affairs", "Mark Oaten affiliation Lib Dem Home Affairs"}},
		{text: "Labour Home Affairs spokesman John Smith said so.",
			notWant: []string{"John Smith affiliation Labour Home Affairs"}},
		{text: "The heads met in Mexico city, the official newspaper El Peruano said.\n\nIt said that Peruvian central bank president Leonel Figueroa met yesterday with the president of the bank of Mexico, Miguel Mancera Aguayo.",
			notWant: []string{"Miguel Mancera Aguayo affiliation El Peruano"}},
		{text: "In February, EC Industrial Policy Director Heinrich von Moltke came to Japan.\n\n\"We are anxious,\" said EC Industrial Union leader Lord Ray Pennock.",
			want:    []string{"Heinrich von Moltke affiliation European Commission", "Ray Pennock affiliation EC Industrial Union"},
			notWant: []string{"Heinrich von Moltke affiliation EC Industrial Union"}},
		{text: "\"The 1988 election will be decided on economic issues,\" said Michigan party chairman Richard Weiner.",
			notWant: []string{"Richard Weiner affiliation Michigan"}},
		{text: "Mr Brown, who married PR executive Sarah Macaulay in 2000, changed his perspective.",
			notWant: []string{"Sarah Macaulay affiliation PR"}},
		// kept: a medium's manager, a body before a title after "told", a party's chairman
		{text: "Jiang told Reuters general manager Michael Nelson that he hoped work would go on.",
			want: []string{"Michael Nelson affiliation Reuters"}},
		{text: "The pilots told UAL Inc Chairman Richard Ferris they would bid for the airline.",
			want: []string{"Richard Ferris affiliation UAL Inc"}},
		{text: "Labour party chairman John Smith said so.",
			want: []string{"John Smith affiliation Labour Party"}},
		{text: "Volkswagen said profits fell. The company's chairman Carl Hahn said sales would rise.",
			want: []string{"Carl Hahn affiliation Volkswagen"}},
	})
}
