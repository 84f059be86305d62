package extract

import "testing"

// TestDefiniteBodies: a title with its body named by its noun ("the
// director of the hospital"), a body of the story's when it names one,
// and no title for nouns that name no body.
func TestDefiniteBodies(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Hospitals\n\nAl-Noor Hospital for Children is the only one left. Currently, said Dr. John Ames, the director of the hospital, there are 70 patients.",
			want: []string{`John Ames jobTitle "director"`, "John Ames affiliation Al-Noor Hospital for Children"}},
		{text: "Theatre\n\nMary Bell, the founder of the theatre, gave me my future.",
			want: []string{`Mary Bell jobTitle "founder"`}},
		// two hospitals: the title, and no body
		{text: "Hospitals\n\nSt Mary Hospital and Royal Free Hospital are full. John Ames, the director of the hospital, said so.",
			want: []string{`John Ames jobTitle "director"`}, notWant: []string{"John Ames affiliation St Mary Hospital", "John Ames affiliation Royal Free Hospital"}},
		// nouns of no body
		{text: "Rugby\n\nThe other option is Martin Cole, who is the standout forward at the moment.",
			notWant: []string{`Martin Cole jobTitle "standout forward"`}},
		{text: "Cars\n\nMr Marco Rossi becomes the fourth head of the business in as many years.",
			notWant: []string{`Marco Rossi jobTitle "fourth head"`}},
	})
}

// TestUnitsOfBodies: a unit after its body's possessive has the body for
// parent; one name with a possessive inside it has none.
func TestUnitsOfBodies(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Heart disease\n\nResearchers at MIT’s Computer Science and Artificial Intelligence Laboratory (CSAIL) are well on their way to using AI to tackle heart disease.",
			want: []string{"Computer Science and Artificial Intelligence Laboratory parentOrganization MIT"}},
		{text: "Study\n\nHe studied at Harvard University's Kennedy School and at Stanford University's Graduate School of Business.",
			want: []string{"Kennedy School parentOrganization Harvard University", "Graduate School of Business parentOrganization Stanford University"}},
		{text: "Schools\n\nPupils of St Fintian's High School won the prize.",
			notWant: []string{"High School parentOrganization St Fintian"}},
	})
}

// TestPlacesAfterward: a town and its state's abbreviation, a place and
// its country in brackets.
func TestPlacesAfterward(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Power\n\nPrices near Reno and Carson City, Nev., spiked into the thousands.",
			want: []string{"Carson City containedInPlace Nev."}},
		// the gazetteer's town of another country or state
		{text: "Power\n\nPrices near Reno and Paris, Tex., spiked into the thousands.",
			notWant: []string{"Paris containedInPlace Tex."}},
		{text: "Flights\n\nThe destinations are Havana, San José ( Costa Rica ), Los Cabos ( Mexico ), and Mauritius.",
			want: []string{"San José containedInPlace Costa Rica", "Los Cabos containedInPlace Mexico"}},
		{text: "Flights\n\nThe flights go to Havana, Los Cabos (Costa Rica coast), and Mauritius.",
			notWant: []string{"Los Cabos containedInPlace Costa Rica"}},
	})
}

// TestElectOffices: a post-to-be of a public office with a country is an
// affiliation, not a nationality.
func TestElectOffices(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Politics\n\nCosta Rican President-elect Rodrigo Chaves apologized to the bank.",
			want: []string{"Rodrigo Chaves affiliation Costa Rica"}, notWant: []string{"Rodrigo Chaves nationality Costa Rica"}},
	})
}

// TestUnitsOnTopics: a centre "on" a topic after its body's possessive.
func TestUnitsOnTopics(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Poverty\n\nA new report released on Monday by Stanford University's Center on Poverty and Inequality calls that into question.",
			want: []string{"Center on Poverty and Inequality parentOrganization Stanford University"}},
	})
}

// TestDefiniteBodiesNear: several bodies of the noun in the story, one
// named in the sentence or the one before: that one.
func TestDefiniteBodiesNear(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Hospitals\n\nSt Mary Hospital is full. Royal Free Hospital is shut.\n\nLocated west of the city, Al-Noor Hospital for Children is the only one left. Currently, said Dr. John Ames, the director of the hospital, there are 70 patients.",
			want: []string{`John Ames jobTitle "director"`, "John Ames affiliation Al-Noor Hospital for Children"}, notWant: []string{"John Ames affiliation Royal Free Hospital"}},
	})
}
