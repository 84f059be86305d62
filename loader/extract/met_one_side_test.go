package extract

import "testing"

// TestMetOneSide: two who act in talks (a stance, a plea), who meet with
// people the sentence does not name, or who "also attended" a meeting are
// one side and did not meet each other; who agree, make progress or face
// each other in talks did (met_one_side.go).
func TestMetOneSide(t *testing.T) {
	runRules(t, []ruleCase{
		// acting in talks: one side
		{text: "Rice\n\nFarm Minister Karl Brenner and Trade Minister Anna Lind took a hard line on rice in talks here last week.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "Debt\n\nNorway, Sweden and other Nordic nations will make a strong plea in high-level meetings today for debt relief.",
			notWant: []string{"Norway met Sweden"}},
		// doing something together in talks: the two sides
		{text: "Rice\n\nFarm Minister Karl Brenner and Trade Minister Anna Lind agreed in talks here last week to end the rice dispute.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Rice\n\nFarm Minister Karl Brenner and Trade Minister Anna Lind made progress in talks here last week.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Coffee\n\nHalvorsen Steel Corp and Norrland Mining Corp have each laid the blame on the other for the breakdown in the negotiations.",
			want: []string{"Halvorsen Steel Corp met Norrland Mining Corp"}},
		// a country is no party to met (issue 11 item 6, met_places.go): it attends
		{text: "Coffee\n\nNorway and Sweden have each laid the blame on the other for the breakdown in the negotiations.",
			want: []string{"Event attendee Norway", "Event attendee Sweden"}, notWant: []string{"Norway met Sweden"}},
		// meeting with people no one names: one side
		{text: "Stock\n\nChairman Karl Brenner and Anna Lind, vice president for planning, are meeting with portfolio managers in New York.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "Stock\n\nKarl Brenner and Anna Lind met with senior bankers in Oslo on Monday.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		// meeting each other, or a named third
		{text: "Stock\n\nKarl Brenner and Anna Lind met in Oslo on Monday.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Stock\n\nKarl Brenner and Anna Lind met with Ravi Sood in Oslo on Monday.",
			want: []string{"Karl Brenner met Ravi Sood", "Anna Lind met Ravi Sood"}},
		// also attended: the meeting of others
		{text: "Wheat\n\nFarm Minister Ravi Sood met grain exporters today. Deputy Minister Karl Brenner and Under Secretary Anna Lind also attended the 30-minute meeting.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
	})
}

// TestFrontedSubjectClause: the subject read after a fronted event phrase
// is the clause's own, not a speaker after its verb, and the event must be
// in the phrase that opens the sentence (fronted_clause.go).
func TestFrontedSubjectClause(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Debt\n\nCentral bank governor Karl Brenner spoke on Monday. Following the IMF talks, the exchange rate will be adjusted against a basket of currencies, Brenner said.",
			notWant: []string{"International Monetary Fund met Karl Brenner", "Karl Brenner met International Monetary Fund"}},
		{text: "Rates\n\nHalvorsen Steel Corp chairman Karl Brenner spoke. In hearings before the Norwegian Utility Commission, Brenner said the company faced a cut, and due to ongoing discussions with the commission, he said the figure might be greater.",
			notWant: []string{"Norwegian Utility Commission met Karl Brenner", "Karl Brenner met Norwegian Utility Commission"}},
		// the clause's subject after the fronted phrase stays
		{text: "Debt\n\nFollowing talks with Anna Lind, Karl Brenner said the plan was dropped.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Debt\n\nAfter a day of meetings with Anna Lind and Ravi Sood, Karl Brenner told a press conference he was pleased.",
			want: []string{"Karl Brenner met Anna Lind", "Karl Brenner met Ravi Sood"}},
	})
}
