package extract

import "testing"

// TestPortfolioTitles: a minister's title keeps the portfolio the
// recogniser read as a body ("Treasury Minister", not "Minister"; seed63,
// seed90), a department's first word opening the sentence ("Corporate
// Affairs Minister", seed91), a lower-case portfolio of two nouns ("work
// and pensions spokesman", seed90), the noun a "chief" modifies ("chief
// accountant", seed90), and no word of a firm's name cut by the recogniser
// ("Hanson Industries chairman", seed90).
func TestPortfolioTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "The Interministerial Committee on Credit and Savings, headed by Treasury Minister Giovanni Goria, said its decision reflected the need.",
			want:    []string{`Giovanni Goria jobTitle "Treasury Minister"`},
			notWant: []string{`Giovanni Goria jobTitle "Minister"`}},
		{text: "Prices rose. Home Office Minister Hazel Blears also revealed this week that a third of orders were breached.",
			want:    []string{`Hazel Blears jobTitle "Home Office Minister"`},
			notWant: []string{`Hazel Blears jobTitle "Minister"`, `Hazel Blears jobTitle "Office Minister"`}},
		{text: "Prices rose. Civil Aviation minister Richard Prebble said today the government would sell 25 pct of the airline.",
			want:    []string{`Richard Prebble jobTitle "Civil Aviation minister"`},
			notWant: []string{"Richard Prebble affiliation Civil Aviation"}},
		{text: "Prices rose. Venezuela will lend Ecuador oil, Ecuadorean Energy and Mines Minister Javier Espinosa said today in a statement.",
			notWant: []string{`Javier Espinosa jobTitle "Ecuadorean Energy and Mines Minister"`, `Javier Espinosa jobTitle "Minister"`}},
		// a party is whose member, no portfolio
		{text: "Veteran Labour MP and former Labour minister Jack Cunningham has said he will stand down.",
			notWant: []string{`Jack Cunningham jobTitle "Labour minister"`}},
		{text: "Prices rose. Corporate Affairs Minister Michael Howard said he will use a coming trip to Tokyo to seek a memorandum.",
			want:    []string{`Michael Howard jobTitle "Corporate Affairs Minister"`},
			notWant: []string{`Michael Howard jobTitle "Affairs Minister"`}},
		{text: "Tory work and pensions spokesman David Willetts said families affected by the failings would wonder why.",
			want:    []string{`David Willetts jobTitle "work and pensions spokesman"`},
			notWant: []string{`David Willetts jobTitle "pensions spokesman"`}},
		{text: "Liam Fox opened the forum with an attack on Labour's record and party leader Michael Howard is due to speak later.",
			notWant: []string{"Michael Howard affiliation Labour", `Michael Howard jobTitle "record and party leader"`}},
		{text: "The extension will give issuers time, said Donald Nicolaisen, the SEC's chief accountant.",
			want:    []string{`Donald Nicolaisen jobTitle "chief accountant"`},
			notWant: []string{`Donald Nicolaisen jobTitle "chief"`}},
		{text: "The sales will let Kaiser concentrate its efforts in California, Hanson Industries chairman Gordon White said.",
			want:    []string{`Gordon White jobTitle "chairman"`},
			notWant: []string{`Gordon White jobTitle "Industries chairman"`}},
	})
}

// TestKnownBodyApart: a body the gazetteer knows by a short name is not the
// longer name of a product or a unit that begins with it ("Google" beside
// "Google Video", seed92; "BBC" beside "BBC Radio 4", seed90), but is a
// longer legal name's ("Apple" of "Apple Computer Inc").
func TestKnownBodyApart(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Google has launched a search service. The service, Google Video beta, searches captions. \"We think TV is a big part of people's lives,\" said Jonathan Rosenberg, Google's vice president of product management.",
			want:    []string{"Jonathan Rosenberg affiliation Google"},
			notWant: []string{"Jonathan Rosenberg affiliation Google Video"}},
		{text: "He spoke on BBC Radio 4's Today programme. The affair prompted the resignation of BBC chairman Gavyn Davies.",
			want:    []string{"Gavyn Davies affiliation BBC"},
			notWant: []string{"Gavyn Davies affiliation BBC Radio 4"}},
	})
}
