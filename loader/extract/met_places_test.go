package extract

import "testing"

// TestMetNoPlaces: no place is a party to met, whatever path reads the
// meeting; a country's leaders stand for it only when the article names
// its leader; a place where an event is held is no attendee of it
// (met_places.go, met_leaders.go; issue 11 item 6).
func TestMetNoPlaces(t *testing.T) {
	runRules(t, []ruleCase{
		// the leaders, unnamed: no met, the countries attend
		{text: "Summit\n\nKarl Brenner will meet the leaders of Norway, Sweden and Denmark at the economic summit, which will take place in Venice June 8-10.",
			notWant: []string{"Karl Brenner met Norway", "Karl Brenner met Sweden", "Karl Brenner met Denmark", "Norway met Sweden"}},
		{text: "Summit\n\nThe leaders of the Nordic Council, Norway, Sweden and Denmark, are expected to discuss ways of improving policy coordination in Venice.",
			notWant: []string{"Norway met Sweden", "Sweden met Denmark", "Norway met Denmark"}},
		// the leader the article names is the party
		{text: "Summit\n\nNorwegian Prime Minister Anna Lind said on Monday she wanted more coordination.\n\nKarl Brenner will meet the leaders of Norway and Denmark at the economic summit in Venice.",
			want:    []string{"Karl Brenner met Anna Lind"},
			notWant: []string{"Karl Brenner met Norway", "Karl Brenner met Denmark"}},
		// not a minister of it
		{text: "Summit\n\nNorwegian Finance Minister Anna Lind said on Monday she wanted more coordination.\n\nKarl Brenner will meet the leaders of Norway and Denmark at the economic summit in Venice.",
			notWant: []string{"Karl Brenner met Anna Lind", "Karl Brenner met Norway"}},
		// two parties named as such
		{text: "Trade\n\nTalks between Norway and Sweden on fishing rights resumed in Oslo on Monday.",
			want: []string{"Event attendee Norway", "Event attendee Sweden"}, notWant: []string{"Norway met Sweden", "Sweden met Norway"}},
		{text: "Trade\n\nKarl Brenner said he would go to Oslo for talks with Norway next week.",
			notWant: []string{"Karl Brenner met Norway"}},
		// a state's abbreviation read as a body is no party either
		{text: "Power\n\nHalvorsen Power Co said it broke off merger discussions with Norrland Energy Corp of Beverly Hills, Calif.",
			notWant: []string{"Norrland Energy Corp met Calif", "Halvorsen Power Co met Calif", "Norrland Energy Corp of Beverly Hills met Calif"}},
	})
}
