package extract

import "testing"

// TestEventsFixev: the wrong event nodes of the blind sample seed112 by
// mechanism: head-to-head records in a sports story told as meetings
// (counted, previous or "the same" meeting), an event noun that describes
// a person ("is a successful fundraiser"), an event noun that modifies
// another ("his Tour debut") and the verb "meeting" with an object
// ("meeting creditor resistance"). What each rule keeps is beside it.
func TestEventsFixev(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Melzer shocks Agassi\n\nJurgen Melzer beat Andre Agassi of the United States in the second round of the tennis tournament in Sweden. Melzer has now beaten Agassi in two of their three meetings.",
			notWant: []string{"Event attendee Sweden", "Event attendee Agassi", "Event attendee Andre Agassi"}},
		{text: "Venus stunned\n\nVenus Williams lost in the second round of the tennis tournament in Antwerp. Sylvia Farina Elia, who had lost all nine of her previous meetings with the American fifth seed, won 7-5 7-6 (8-6).",
			notWant: []string{"Event attendee Williams", "Event attendee Venus Williams", "Event attendee Sylvia Farina Elia"}},
		{text: "Bekele sets sights on world mark\n\nKenenisa Bekele will race in the 2 miles at the indoor athletics grand prix in Birmingham, where the Olympic champion set a world record last season. The athletes at the stadium include Olympic medal winners. He will again be chasing a record held by his compatriot Haile Gebrselassie, who set the mark at the same meeting in 2003.",
			notWant: []string{"Event attendee Haile Gebrselassie", "Event attendee Gebrselassie"}},
		// kept: a club's board meeting in a sports story
		{text: "Football\n\nThe club's chairman John Smith met the FA chief executive Mark Palios in London on Monday to discuss the match.",
			want: []string{"Event attendee Mark Palios"}},
		{text: "Tories leave door open for Archer\n\nLord Archer, who was not available for comment, remains a popular figure among constituency Tory parties and is a successful fundraiser.",
			notWant: []string{"Event attendee Archer", "Event attendee Lord Archer"}},
		// kept: a fundraiser someone attends
		{text: "Senator Mary Hale and Governor Tom Reid attended a fundraiser in Denver on Friday.",
			want: []string{"Event attendee Mary Hale"}},
		{text: "Young debut cut short by Ginepri\n\nDonald Young lost to Robby Ginepri in the first round. Despite that he was happy with his Tour debut.",
			notWant: []string{"Event attendee Robby Ginepri", "Event attendee Ginepri", "Event attendee Donald Young"}},
		{text: "Brazil seen as vanguard\n\nBrazil's hard-line debt stance, though meeting creditor resistance, is boosting political initiatives in Latin America, officials said at a meeting in Miami.",
			notWant: []string{"Event attendee Brazil"}},
		// kept: "meeting" as the verb with people for its object
		{text: "Peru\n\nHe spoke to reporters at the presidential palace after meeting president Alan Garcia.",
			want: []string{"Event attendee Alan Garcia"}},
		{text: "Australia\n\nThey said Hawke made the decision after meeting senior advisers and high-ranking members of the ruling Labour Party in Canberra last night.",
			want: []string{"Event attendee Hawke"}},
		// kept: "meeting" as the noun, with a determiner
		{text: "Talks\n\nTreasury Secretary James Baker said after the meeting the ministers agreed with Gerhard Stoltenberg.",
			want: []string{"Event attendee James Baker"}},
	})
}
