package extract

import "testing"

// TestTitleFragments: titles and affiliations cut from a longer phrase
// (issue 11's judged samples, seed46): a department word is the title's, a
// sentence's first word names a generic body, a measure lost its number, a
// group stands for no one person.
func TestTitleFragments(t *testing.T) {
	runRules(t, []ruleCase{
		// a department word read as a body before a title head
		{text: "Treasury Secretary Nicholas Brady has cancelled a trip to Tokyo.",
			want:    []string{`Nicholas Brady jobTitle "Treasury Secretary"`},
			notWant: []string{`Nicholas Brady jobTitle "Secretary"`}},
		{text: "He said Treasury Secretary Nicholas Brady would go to Tokyo.",
			want: []string{`Nicholas Brady jobTitle "Treasury Secretary"`}},
		{text: "He said U.S. Treasury Secretary Nicholas Brady would go to Tokyo.",
			want: []string{`Nicholas Brady jobTitle "Treasury Secretary"`, "Nicholas Brady affiliation United States"}},
		// a known title opening the sentence keeps its first word
		{text: "Energy Secretary Hazel O'Leary said the plan would work.",
			want:    []string{`Hazel O'Leary jobTitle "Energy Secretary"`},
			notWant: []string{`Hazel O'Leary jobTitle "Secretary"`}},
		{text: "Interior Minister Pierre Joxe said the plan would work.",
			want: []string{`Pierre Joxe jobTitle "Interior Minister"`}},
		// a nation and a department misread as one body's name
		{text: "Saudi Arabian Oil Minister Ali Naimi said OPEC's agreement was being implemented satisfactorily.",
			want:    []string{`Ali Naimi jobTitle "Oil Minister"`, "Ali Naimi affiliation Saudi Arabia"},
			notWant: []string{`Ali Naimi jobTitle "Minister"`, "Ali Naimi affiliation Arabian Oil"}},
		// "Central bank governor" opening a sentence: no place Central
		{text: "Central bank governor Perng Fai-nan said last week the pressure meant a further strengthening of the currency.",
			want:    []string{`Perng Fai-nan jobTitle "Central bank governor"`},
			notWant: []string{"Perng Fai-nan affiliation Central", `Perng Fai-nan jobTitle "bank governor"`}},
		// a body's name still ends the title: no department inside
		{text: "Microsoft chairman Bill Gates said so.",
			want: []string{`Bill Gates jobTitle "chairman"`, "Bill Gates affiliation Microsoft"}},
		// a measure cut off its number
		{text: "Two-time Olympic 5,000 metres champion Meseret Defar has confirmed she will run.",
			notWant: []string{`Meseret Defar jobTitle "metres champion"`}},
		// a plural description is a group, not the person named before
		{text: "The film follows a school play by the dramatist Pierre Corneille.\nThe actors are mostly amateurs from the suburbs.",
			notWant: []string{`Pierre Corneille jobTitle "actor"`, `Pierre Corneille jobTitle "actors"`}},
		{text: "Jack Straw arrived in Brussels on Monday.\nThe foreign secretary told reporters the talks would go on.",
			want: []string{`Jack Straw jobTitle "foreign secretary"`}},
	})
}

// TestAffiliationFragments: affiliations to a body the person does not
// work for (seed46): the possessor of a competitor, a town's state, a body's
// name cut before its foreign article; and a generational suffix is no
// person.
func TestAffiliationFragments(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "But Walter Mott, president of GSB's competitor, Fundamental Brokers Inc's London operations, estimates turnover is low.",
			want:    []string{`Walter Mott jobTitle "president"`},
			notWant: []string{"Walter Mott affiliation GSB"}},
		{text: "Mary Hale, chief of BT's new Internet unit told the IPTV World Forum.",
			want: []string{"Mary Hale affiliation BT"}},
		{text: "The company said the order was signed by U.S. District Court Judge Anne Thompson of Trenton, N.J.",
			want:    []string{`Anne Thompson jobTitle "District Court Judge"`},
			notWant: []string{"Anne Thompson affiliation N.J."}},
		{text: "Franz Huber, head of Girozentrale und Bank der oesterreichischen Sparkassen AG has also called for lower deposit rates.",
			notWant: []string{"Franz Huber affiliation Girozentrale und Bank"}},
		{text: "Offices will be closed for the Good Friday and Martin Luther King Jr. holidays.",
			notWant: []string{`Jr. jobTitle "King"`, `Jr jobTitle "King"`, "Jr. affiliation Martin Luther", "Jr affiliation Martin Luther"}},
		{text: "All counties will be affected, said Ron Moss, Deputy Director of Commodity Operations Division for the USDA.",
			notWant: []string{`Operations Division jobTitle "Deputy Director of Commodity"`}},
	})
}

// TestPossessedModifier: "A's B noun" names a product, a line or a rating
// of A's; neither works for the other (seed47).
func TestPossessedModifier(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Sony's PSP handheld went on sale on 11 March and costs far less than its rival.",
			notWant: []string{"Sony affiliation PSP", "PSP affiliation Sony"}},
		{text: "GM's Buick division was also up, by 11.4 pct, while sales of other lines fell.",
			notWant: []string{"Buick affiliation GM"}},
		{text: "Withdrawn were Caesars World's BB senior debt and B-plus subordinated debt.",
			notWant: []string{"Caesars World affiliation BB"}},
		{text: "Microsoft's Bill Gates has said so.",
			want: []string{"Bill Gates affiliation Microsoft"}},
	})
}

// TestJudgementTitles: an adjective of judgement before a title describes
// the person and names no post (seed47).
func TestJudgementTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "It is the sort of move you would expect from Graeme Souness, who is a canny manager.",
			notWant: []string{`Graeme Souness jobTitle "canny manager"`}},
		{text: "Arsene Wenger said: \"Fabregas is a good player and Pat Rice is a good coach.\"",
			notWant: []string{`Pat Rice jobTitle "good coach"`}},
		{text: "Dundee United manager Ian McCall has won a reprieve.",
			want: []string{`Ian McCall jobTitle "manager"`}},
	})
}

// TestAffiliationOthers: seed48's wrong affiliations by mechanism: a client
// of a service title, a nation owning the body, a nation's medium, a
// number read as a person; and titles naming no post held.
func TestAffiliationOthers(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Robert Klein, attorney for Apex at Cadwalader Wickersham and Taft, said the company has not yet decided.",
			notWant: []string{"Robert Klein affiliation Apex"}},
		{text: "Franz Vranitzky, chairman of Austria's Creditanstalt-Bankverein, said there was some truth to the charge.",
			want:    []string{"Franz Vranitzky affiliation Creditanstalt-Bankverein"},
			notWant: []string{"Franz Vranitzky affiliation Austria"}},
		{text: "More than 1,000 people paid tribute to late US TV presenter David Frost in the town where he grew up.",
			notWant: []string{"David Frost affiliation US TV"}},
		{text: "Sixty pct of Odin's 51 mln issued shares will be offered to Emperor shareholders.",
			notWant: []string{"Sixty affiliation Odin"}},
		{text: "But Mr Purnell, a prospective Labour MP, said he was confident.",
			notWant: []string{`Purnell jobTitle "Labour MP"`}},
		{text: "Shares in the company founded by assassinated former prime minister Olof Palme fell.",
			notWant: []string{`Olof Palme jobTitle "assassinated former prime minister"`}},
		{text: "Transportation Secretary Samuel Skinner proposed daytime running lights.",
			want: []string{`Samuel Skinner jobTitle "Transportation Secretary"`}},
	})
}

// TestJoinedDepartment: a sentence opening with a department joined to
// another keeps it ("Energy and Mines Minister", seed49).
func TestJoinedDepartment(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Energy and Mines Minister Fernando Santos announced on television the country would cut fuel sales.",
			want:    []string{`Fernando Santos jobTitle "Energy and Mines Minister"`},
			notWant: []string{`Fernando Santos jobTitle "and Mines Minister"`}},
	})
}

// TestSeed51Limits: a contest won is no affiliation, an amount in dollars
// no person, a national adjective before a given name no part of the name
// (mechanisms behind seed51's wrong rows; made-up names).
func TestSeed51Limits(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Anna Lind beat Wimbledon champion Karla Brenner 6-2 6-3 at the Nordic Championships on Tuesday.",
			notWant: []string{"Karla Brenner affiliation Wimbledon"}},
		{text: "Nordic Cup champions Liam and Paul Okafor thrashed the Swedish pair in front of a home crowd.",
			notWant: []string{"Liam Okafor affiliation Nordic Cup", "Paul Okafor affiliation Nordic Cup"}},
		{text: "Halvorsen Steel Corp chairman Karl Brenner said sales rose.",
			want: []string{"Karl Brenner affiliation Halvorsen Steel Corp"}},
		{text: "The average yield for 50 mln N.Z. Dlrs of 77-day Treasury bills sold in this week's tender was 24.97 pct, the Reserve Bank said.",
			notWant: []string{"N.Z. Dlrs affiliation Treasury"}},
		{text: "Their chairman, Belgian Paul Vandermeer, told a press conference ministers had voted in favour.",
			want:    []string{"Event attendee Paul Vandermeer"},
			notWant: []string{"Event attendee Belgian Paul Vandermeer"}},
	})
}

// TestSeed51Titles: titles given to a building or a foreign bank read as a
// person, cut before the title's head ("deputy" of "deputy administrator"),
// after an elided name ("Blazin' Squad singer") or for a name cut at a
// bracket (mechanisms behind seed51's wrong rows; made-up names).
func TestSeed51Titles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Analysts pointed to the sale of Oslo's five-star Harbour Grand Hotel to Japanese interests.",
			notWant: []string{`Harbour Grand Hotel jobTitle "five-star"`}},
		{text: "Norrland Mining is issuing a 70 billion lire bond, lead manager Banca Nordica Italiana said.",
			notWant: []string{`Banca Nordica Italiana jobTitle "lead manager"`}},
		{text: "Karl Brenner, deputy administrator for the Nordic Farm Agency's Conservation Service, told Reuters that enrollment would rise.",
			want:    []string{`Karl Brenner jobTitle "deputy administrator"`},
			notWant: []string{`Karl Brenner jobTitle "deputy"`}},
		{text: "Bez is the favourite to win the show, followed by Rockin' Crew singer Liam at 5-2 and actor Paul Okafor at 4-1.",
			want:    []string{`Paul Okafor jobTitle "actor"`},
			notWant: []string{`Liam jobTitle "Crew singer"`}},
		{text: "\"(Halvorsen Steel chairman Karl) Brenner is under pressure from stockholders.\"",
			notWant: []string{`Karl jobTitle "Halvorsen Steel chairman"`, `Karl jobTitle "chairman"`}},
	})
}

// TestJoinedDepartmentBody: a body's name joined by "and" to department
// words before a title head is a department of the title ("Social Affairs
// and Labour Minister"), no affiliation (seed51).
func TestJoinedDepartmentBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "The package was presented to the cabinet by Social Affairs and Labour Minister Karl Brenner today.",
			want:    []string{`Karl Brenner jobTitle "Social Affairs and Labour Minister"`},
			notWant: []string{"Karl Brenner affiliation Labour Party"}},
		{text: "Labour Party chairman Karl Brenner said the vote would be close.",
			want: []string{"Karl Brenner affiliation Labour Party"}},
	})
}
