package extract

import "testing"

// TestCarefulTitles: titles a careful reader would not write (issue 11,
// seed54): a plural title before one name, an award's category, "under"
// opening the phrase, a department or a party cut off a sentence's first
// word.
func TestCarefulTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Four times more mobiles with cameras will be sold in Europe, says a report from analysts Gartner.",
			notWant: []string{`Gartner jobTitle "analyst"`, `Gartner jobTitle "analysts"`}},
		{text: "Presidents Joe Biden and Vladimir Putin spoke by phone.",
			want: []string{`Joe Biden jobTitle "President"`, `Vladimir Putin jobTitle "President"`}},
		{text: "Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal signed an agreement.",
			want: []string{`Zhao Ziyang jobTitle "Prime Minister"`, "Zhao Ziyang affiliation China"}},
		{text: "Aguilera burst onto the pop scene in 1999, winning a best new artist Grammy in 2000.",
			notWant: []string{`Grammy jobTitle "new artist"`, `Grammy jobTitle "artist"`}},
		{text: "IG Metall, under newly-elected leader Franz Steinkuehler, proposed the talks on Thursday.",
			notWant: []string{`Franz Steinkuehler jobTitle "under newly-elected leader"`}},
		{text: "Under Chairman Mao Tse-tung's rule, China borrowed very little abroad.",
			want:    []string{`Mao Tse-tung jobTitle "Chairman"`},
			notWant: []string{`Mao Tse-tung jobTitle "Under Chairman"`}},
		{text: "He met Under Secretary Allen Wallis on Monday.",
			want: []string{`Allen Wallis jobTitle "Under Secretary"`}},
		{text: "Planning Minister Julio De Vido has offered State help but not for free.",
			want:    []string{`Julio De Vido jobTitle "Planning Minister"`},
			notWant: []string{`Julio De Vido jobTitle "Minister"`}},
		{text: "Liberal Democrat chairman Matthew Taylor said there needed to be a quick asylum system.",
			notWant: []string{`Matthew Taylor jobTitle "Democrat chairman"`}},
		// a capitalised adjective opening the sentence is still no title word
		{text: "Embattled chairman John Smith said the bank would recover.",
			notWant: []string{`John Smith jobTitle "Embattled chairman"`}},
	})
}

// TestCarefulAffiliations: affiliations a careful reader would not write
// (seed51, seed54): a city for a national office, a film or show for an
// actor, a subsidiary's officer given to the parent, a firm named after its
// partners split in two, a thing owned, a single letter.
func TestCarefulAffiliations(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Bonn's finance minister Gerhard Stoltenberg argues that major currency shifts have already taken place.",
			want:    []string{`Gerhard Stoltenberg jobTitle "finance minister"`},
			notWant: []string{"Gerhard Stoltenberg affiliation Bonn"}},
		{text: "Bonn Environment Minister Walter Wallmann told reporters the voters had spoken.",
			notWant: []string{"Walter Wallmann affiliation Bonn"}},
		{text: "London Mayor Ken Livingstone said the charge would stay.",
			want: []string{"Ken Livingstone affiliation London"}},
		{text: "Glamour was brought to the evening by Troy actress Diane Kruger and others.",
			notWant: []string{"Diane Kruger affiliation Troy"}},
		{text: "The award went to Royal Shakespeare Company actor David Tennant.",
			want: []string{"David Tennant affiliation Royal Shakespeare Company"}},
		{text: "Rosenberg had been president of BankAmerica's Seafirst Corp. Seafirst Chairman Richard Cooley will resume the duties of president.",
			notWant: []string{"Richard Cooley affiliation BankAmerica"}},
		{text: "Britain's Europe Director John Kerr said so.",
			want: []string{"John Kerr affiliation United Kingdom"}},
		{text: "Elected to three-year terms were Ernst and Whinney Chairman Ray J. Groves and others.",
			notWant: []string{"Ray J. Groves affiliation Whinney", "Ray J. Groves affiliation Ernst"}},
		{text: "The talks went on, Cable and Wireless manager Colin Davies told Reuters on Monday.",
			want: []string{"Colin Davies affiliation Cable and Wireless"}},
		{text: "The company also said its wholly owned Toronto Argonauts of the Canadian Football League signed a 10 year lease.",
			notWant: []string{"Toronto Argonauts affiliation Canadian Football League"}},
		{text: "The Black Eyed Peas won awards for best R 'n' B video and sexiest video, both for Hey Mama.",
			notWant: []string{"Eyed Peas affiliation R", "Black Eyed Peas affiliation R"}},
	})
}

// TestPartnersNotBodies: two bodies joined by "and" before a title keep
// the affiliation of the second (seed54's right rows).
func TestPartnersNotBodies(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Baker said he plans talks with other Republicans and House Budget Committee Chairman William Gray before then.",
			want: []string{"William Gray affiliation House Budget Committee"}},
		{text: "Spiller will become Chairman of Boston Five Bancorp and Neworld president James M. Oates will be president.",
			want: []string{"James M. Oates affiliation Neworld"}},
	})
}

// TestCarefulKeeps: what the rules above must leave alone: a province's
// premier, a list of people after a plural title, a sports star's club.
func TestCarefulKeeps(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "The talks went on, commented Ontario Premier David Peterson on Monday.",
			want: []string{"David Peterson affiliation Ontario"}},
		{text: "Producers Barbara Broccoli and Michael G Wilson expect the film to be released in 2006.",
			want: []string{`Barbara Broccoli jobTitle "Producer"`}},
		{text: "She would love to work with directors Pedro Almodovar or Alejandro Amenabar.",
			want: []string{`Pedro Almodovar jobTitle "director"`}},
	})
}

// TestSportsStar: a star of a sports story plays for the club named before
// the title; a film's star does not work for the film.
func TestSportsStar(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Larne's teenage star Robbie Weir is poised to join Sunderland after the match.\nThe midfielder scored two goals in the league and the cup this season.\nHis coach said the striker and the goalkeeper will play in the final.",
			want: []string{"Robbie Weir affiliation Larne"}},
		{text: "Colin Farrell, Jude Law and Troy star Eric Bana have also been tipped for the role.",
			notWant: []string{"Eric Bana affiliation Troy"}},
	})
}

// TestDepartmentNoBody: department words read as a body before "minister"
// are no affiliation (seed42); a body's name is.
func TestDepartmentNoBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "The Government will sell 25 pct of the airline to the public, Civil Aviation minister Richard Prebble said.",
			notWant: []string{"Richard Prebble affiliation Civil Aviation"}},
		{text: "Mr Parton said he had been told by Children's Minister Margaret Hodge there was not enough time.",
			notWant: []string{"Margaret Hodge affiliation Children"}},
		{text: "He said Labour minister John Smith would go to Tokyo.",
			want: []string{"John Smith affiliation Labour Party"}},
	})
}

// TestMediumOccupation: a medium before a title makes it an occupation, so
// the nation before is a nationality (seed58).
func TestMediumOccupation(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "British film director Sir Alan Parker has been made an officer in the Order of Arts and Letters.",
			want:    []string{"Alan Parker nationality United Kingdom"},
			notWant: []string{"Alan Parker affiliation United Kingdom"}},
		{text: "But industrial action is likely, Harbour Workers union secretary Ross Wilson told Reuters.",
			want: []string{"Ross Wilson affiliation Harbour Workers"}},
	})
}

// TestSyndicateRoles: a bank's part in an issue is no person's title
// (seed41, seed43, seed45, seed48, seed58).
func TestSyndicateRoles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Sole manager Kidder Peabody said the first floating-rate class has an initial rate of 6.755 pct.",
			notWant: []string{`Kidder Peabody jobTitle "Sole manager"`, `Kidder Peabody jobTitle "manager"`}},
		{text: "The bond is priced at par, lead manager Societe Generale said.",
			notWant: []string{`Societe Generale jobTitle "lead manager"`}},
		{text: "The issue was led by co-lead manager Hambros Bank, it said.",
			notWant: []string{`Hambros Bank jobTitle "co-lead manager"`}},
		{text: "The plant will reopen, sales manager John Smith said.",
			want: []string{`John Smith jobTitle "sales manager"`}},
	})
}
