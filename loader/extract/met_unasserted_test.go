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
	})
}
