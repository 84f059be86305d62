package extract

import "testing"

// TestTitlesSeed104: the wrong job titles of the blind seed66 sample and of
// seed104-106, by mechanism (names_particle_runs.go, names_title_surnames.go,
// names_titled_firms.go, names_titles_after_of.go, titles_opening.go,
// titles_stops.go, roles_described_one.go; ner's rules_elided.go and
// rules_title_surnames.go), with the readings that must stay.
func TestTitlesSeed104(t *testing.T) {
	runRules(t, []ruleCase{
		// a name's middle words before a particle surname
		{text: "He will meet UAE President Sheikh Zaid bin Sultan al-Nahayan and Oil Minister Mana Said al-Oteiba.",
			want:    []string{`Mana Said al-Oteiba jobTitle "Oil Minister"`},
			notWant: []string{`Mana jobTitle "Oil Minister"`}},
		{text: "Oil Minister Ahmed Zaki Yamani said prices would hold.",
			want: []string{`Ahmed Zaki Yamani jobTitle "Oil Minister"`}},
		// a surname's particle split off at its apostrophe
		{text: "The president of one of Mumbai's main Catholic organisations, Dolphy D'Souza, says the film hurt believers.",
			want:    []string{`Dolphy D'Souza jobTitle "president"`},
			notWant: []string{`Dolphy D jobTitle "president"`}},
		// a surname that is a title word after a given name; not a post-nominal
		{text: "State Commerce Secretary Claude Pope said a Japanese firm will build a plant here.",
			want:    []string{`Claude Pope jobTitle "Commerce Secretary"`},
			notWant: []string{`Claude jobTitle "Commerce Secretary"`}},
		{text: "Labour backbencher Frank Field MP said the plan would fail.",
			notWant: []string{`Frank Field MP jobTitle "backbencher"`}},
		{text: "Alan Moore, Lloyds Treasurer, told Reuters that the decision was forward looking.",
			want: []string{`Alan Moore jobTitle "Treasurer"`}},
		// a firm whose name opens with a rank's or sovereign's title
		{text: "General Nutrition has about 33.0 mln shares outstanding.",
			notWant: []string{`Nutrition jobTitle "General"`}},
		{text: "Kroger Co said workers on strike against its King Soopers Supermarkets division will vote tonight.",
			notWant: []string{`Soopers Supermarkets jobTitle "King"`}},
		{text: "Saudi Arabia's King Fahd said oil prices should remain stable.",
			want: []string{`Fahd jobTitle "King"`}},
		{text: "Officials said President Bush would sign the bill.",
			want: []string{`Bush jobTitle "President"`}},
		// a body's name after "PERSON of", read as a title
		{text: "Others include Gordon Redgate of Commodity Manager and Private Label Distribution; Bruce Robinson of Basic American Foods.",
			notWant: []string{`Label Distribution jobTitle "Commodity Manager and Private"`}},
		// the first word of a sentence that belongs to the title
		{text: "UK Independence Party leader Roger Knapman attacked the plans.",
			want:    []string{`Roger Knapman jobTitle "UK Independence Party leader"`},
			notWant: []string{`Roger Knapman jobTitle "Independence Party leader"`}},
		{text: "Management board chief Carl Hahn told a ceremony today that nobody was guilty.",
			want:    []string{`Carl Hahn jobTitle "Management board chief"`},
			notWant: []string{`Carl Hahn jobTitle "board chief"`}},
		{text: "Public Credit Director Mauricio Cabrera said Colombia plans a bond issue.",
			want:    []string{`Mauricio Cabrera jobTitle "Public Credit Director"`},
			notWant: []string{`Mauricio Cabrera jobTitle "Credit Director"`}},
		{text: "Embattled Finance Minister Jim Smith said no.",
			want:    []string{`Jim Smith jobTitle "Finance Minister"`},
			notWant: []string{`Jim Smith jobTitle "Embattled Finance Minister"`}},
		{text: "Veteran Labour MP Tony Benn said so.",
			notWant: []string{`Tony Benn jobTitle "Veteran Labour MP"`}},
		// a listing verb, a time noun after its determiner
		{text: "Other acts to play include soul singer Alicia Keys and country singer Tim McGraw.",
			want:    []string{`Alicia Keys jobTitle "soul singer"`, `Tim McGraw jobTitle "country singer"`},
			notWant: []string{`Alicia Keys jobTitle "include soul singer"`}},
		{text: "Earlier this month deputy prime minister Janos Milosavljevic said Yugoslavia needed new credits.",
			want:    []string{`Janos Milosavljevic jobTitle "deputy prime minister"`},
			notWant: []string{`Janos Milosavljevic jobTitle "month deputy prime minister"`}},
		{text: "Last year actor Shane Richie won an award for his role.",
			want:    []string{`Shane Richie jobTitle "actor"`},
			notWant: []string{`Shane Richie jobTitle "year actor"`}},
		// a described title with two people it could name
		{text: "Prince earned more than any other star in 2004, beating artists such as Madonna and Elton John in the list.\nThe singer banked $56.5m from concerts.",
			notWant: []string{`Elton John jobTitle "singer"`, `Madonna jobTitle "singer"`}},
		{text: "He contrasted his approach with Mr Kennedy's plan.\nHe attacked Gordon Brown's pledge in 2001.\nThe chancellor went on to put up taxes.",
			want: []string{`Gordon Brown jobTitle "chancellor"`}},
	})
}
