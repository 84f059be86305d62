package extract

import "testing"

// TestMetUnasserted: no met from a meeting a sentence leaves open, opens a
// way to, would let others attend, or names as a body's own periodic
// meeting; nor from two on one news conference's platform (met_unasserted.go).
func TestMetUnasserted(t *testing.T) {
	runRules(t, []ruleCase{
		// a question left open
		{text: "Karl Brenner declined to say whether Halvorsen Steel Corp and Norrland Mining Corp had held any recent settlement talks.",
			notWant: []string{"Halvorsen Steel Corp met Norrland Mining Corp"}},
		{text: "Halvorsen Steel Corp said it held talks with Norrland Mining Corp about a joint venture.",
			want: []string{"Halvorsen Steel Corp met Norrland Mining Corp"}},
		// a condition, or a question asked with "if"
		{text: "\"If Norway and Sweden have concluded their negotiations, we want to end ours soon,\" he said.",
			notWant: []string{"Norway met Sweden"}},
		{text: "\"Unless Norway and Sweden hold talks this week, we will end ours,\" he said.",
			notWant: []string{"Norway met Sweden"}},
		// (a country is no party to met, issue 11 item 6: it attends)
		{text: "Norway and Sweden held talks this week, and if they agree, a treaty will follow.",
			want: []string{"Event attendee Norway", "Event attendee Sweden"}, notWant: []string{"Norway met Sweden"}},
		{text: "Karl Brenner asked reporters if Halvorsen Steel Corp had held talks with Norrland Mining Corp.",
			notWant: []string{"Halvorsen Steel Corp met Norrland Mining Corp"}},
		{text: "Halvorsen Steel Corp held talks with Norrland Mining Corp, and if they agree, a venture will follow.",
			want: []string{"Halvorsen Steel Corp met Norrland Mining Corp"}},
		// a way opened to talks
		{text: "The letter said the proposed meeting would open the way for summit talks between President Karl Brenner and leader Anna Lind.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "A source said the proposals could open the door to further talks between Halvorsen Steel Corp and Norrland Mining Corp.",
			notWant: []string{"Halvorsen Steel Corp met Norrland Mining Corp"}},
		{text: "The meetings are expected to lay the groundwork for a summit in Oslo next month between President Karl Brenner and Prime Minister Anna Lind.",
			want: []string{"Karl Brenner met Anna Lind"}},
		// a meeting others would let them attend
		{text: "Norway said its exclusion from the meeting violated an agreement to let Norway and Sweden attend meetings held by the five.",
			notWant: []string{"Norway met Sweden"}},
		// a body's own periodic meetings, held with another
		{text: "The Nordic Development Bank, which holds its semi-annual meetings with the Baltic Investment Fund next week, will lend less.",
			notWant: []string{"Nordic Development Bank met Baltic Investment Fund"}},
		// two on a news conference's platform did not meet by it
		{text: "Karl Brenner appeared at the news conference with Anna Lind, treasurer of the fund.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "Karl Brenner, speaking at a joint news conference with Foreign Minister Anna Lind, stressed this point.",
			want: []string{"Karl Brenner met Anna Lind"}},
		{text: "Karl Brenner held a news conference with Anna Lind on Monday.",
			want: []string{"Karl Brenner met Anna Lind"}},
		// "he" after a list cut off its sentence is the subject before it
		{text: "Karl Brenner today held discussions with Treasury Secretary Anna Lind and Democratic Sens.\nPaul Okafor of Ohio, Ravi Sood of Texas and Liam Byrne of Maine.\n\nYesterday, he held talks with Vice President Maria Olsen.",
			want: []string{"Karl Brenner met Maria Olsen"}, notWant: []string{"Paul Okafor met Maria Olsen"}},
		// a meeting not held, not to be held
		{text: "He said President Karl Brenner had not scheduled any meeting with Treasury Secretary Anna Lind.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		{text: "Halvorsen Steel Corp has released Norrland Mining Corp from an agreement not to discuss the proposal with Baltic Shipping Corp.",
			notWant: []string{"Norrland Mining Corp met Baltic Shipping Corp"}},
		// a country whose firms talk is no party
		{text: "The Nordic Union of Miners said it will demand a 55 pct wage increase in upcoming negotiations with Norway's mining companies.",
			notWant: []string{"Nordic Union of Miners met Norway"}},
		// (a country is no party to met, issue 11 item 6: it attends)
		{text: "Talks on Norway's proposed membership of the Nordic Development Bank have been making good progress.",
			want: []string{"Event attendee Norway", "Event attendee Nordic Development Bank"}, notWant: []string{"Norway met Nordic Development Bank"}},
		// members at their own party's meeting did not meet by it
		{text: "That fear led to Karl Brenner and Anna Lind being read the riot act during a meeting of the parliamentary Nordic Labour Party.",
			notWant: []string{"Karl Brenner met Anna Lind"}},
		// a body saying the sentence takes no part
		{text: "President Karl Brenner will visit Oslo during a trip to attend the Bergen summit meeting of the major industrialized countries, the Nordic Development Bank said.",
			notWant: []string{"Karl Brenner met Nordic Development Bank"}},
		{text: "Halvorsen Steel Corp held talks with Norrland Mining Corp on Monday, the company said.",
			want: []string{"Halvorsen Steel Corp met Norrland Mining Corp"}},
		{text: "Karl Brenner and Anna Lind met for more than an hour today to discuss the sale.",
			want: []string{"Karl Brenner met Anna Lind"}},
		// "his" in a phrase opening the sentence is the subject after its comma
		{text: "Karl Brenner spoke on Monday. Within hours of his final talks with Mr Ravi Sood, Sir Paul Okafor told the nation he was resigning.",
			want: []string{"Paul Okafor met Ravi Sood"}, notWant: []string{"Karl Brenner met Ravi Sood"}},
		// "the group of ministers" is people, no body named before
		{text: "The ministers will discuss proposals before the U.S. Congress. Following the opening session, the group of ministers met with President Karl Brenner at the palace.",
			notWant: []string{"Congress met Karl Brenner"}},
		// a trade agreement's body holds its negotiations
		{text: "The trade bill would force the Administration to consult often with Congress during step-by-step General Agreement on Tariffs and Trade negotiations.",
			notWant: []string{"General Agreement on Tariffs and Trade met Administration"}},
		// two listed after "talks with", one read again later: each met the third
		{text: "Karl Brenner said he held preliminary talks with Halvorsen Steel Corp and Norrland Mining Corp on a venture. Norrland Mining Corp said the talks went well.",
			want: []string{"Karl Brenner met Halvorsen Steel Corp"}, notWant: []string{"Halvorsen Steel Corp met Norrland Mining Corp"}},
	})
}
