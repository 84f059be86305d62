package extract

import "testing"

// TestCallsBetweenAndTitledGuests: a call named by "between" and two
// people is a call they held; a guest's title may carry a lower-case
// modifier or a body ("former President", "Secretary of Defense"); a "call
// for" or a call between things is none.
func TestCallsBetweenAndTitledGuests(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Call\n\nA call between Secretary of State Antony Blinken and Foreign Minister Wang Yi lasted an hour.",
			want: []string{"Antony Blinken met Wang Yi", "Event attendee Antony Blinken", "Event attendee Wang Yi"}},
		{text: "Call\n\nThe call between Antony Blinken and Wang Yi was tense.",
			want: []string{"Antony Blinken met Wang Yi"}},
		{text: "Call\n\nThere was no call between rounds, Antony Blinken said.",
			notWant: []string{"Event attendee Antony Blinken"}},
		{text: "Call\n\nA call for calm from Antony Blinken and Wang Yi went unheeded.",
			notWant: []string{"Antony Blinken met Wang Yi"}},
		{text: "Visit\n\nGovernor Ron DeSantis hosted former President Donald Trump on Friday.",
			want: []string{"Ron DeSantis met Donald Trump", `Event startDate "2022-01-07"`}},
		{text: "Interview\n\nCNN's Jake Tapper sat down with Secretary of Defense Lloyd Austin on Sunday.",
			want: []string{"Jake Tapper met Lloyd Austin"}},
		// the title's body is no guest: "hosted the Minister of Finance's
		// delegation" names no person
		{text: "Visit\n\nGovernor Ron DeSantis hosted the Ministry of Finance on Friday.",
			notWant: []string{"Event attendee Ron DeSantis"}},
	})
}

// TestMealsAndFixtures: "had dinner with" is a meal the tagger may read as
// a verb; a draw's round ("in the final", "in the third round") is a
// fixture, not a meeting, while "the final round of talks" stays talks.
func TestMealsAndFixtures(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Dinner\n\nJanet Yellen had dinner with Jerome Powell.",
			want: []string{"Janet Yellen met Jerome Powell"}},
		{text: "Breakfast\n\nJanet Yellen had breakfast with Jerome Powell on Tuesday.",
			want: []string{"Janet Yellen met Jerome Powell"}},
		{text: "Tennis\n\nRafael Nadal will meet Novak Djokovic in the final on Sunday.",
			notWant: []string{"Rafael Nadal met Novak Djokovic"}},
		{text: "Tennis\n\nCoco Gauff meets Iga Swiatek in the third round.",
			notWant: []string{"Coco Gauff met Iga Swiatek"}},
		{text: "Tennis\n\nSerena Williams met Venus Williams in the semifinals.",
			notWant: []string{"Serena Williams met Venus Williams"}},
		{text: "Talks\n\nJohn Kerry met Sergei Lavrov in the final round of talks in Geneva.",
			want: []string{"John Kerry met Sergei Lavrov"}},
	})
}

// TestBodyMembersAttend: the members a body's meeting names by the body's
// title, in its sentence or the two after, attend it; a member named far
// later, or with another body's title, does not.
func TestBodyMembersAttend(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Budget\n\nThe city council met on Tuesday night. Council members Ana Silva and Brian Moore voted against the budget.",
			want: []string{"Event attendee Ana Silva", "Event attendee Brian Moore", `Event startDate "2022-01-04"`}},
		{text: "Budget\n\nAt Tuesday's council meeting, Councilwoman Lisa Grant clashed with the mayor.",
			want: []string{"Event attendee Lisa Grant", `Event startDate "2022-01-04"`}},
		{text: "Board\n\nThe board met on Thursday. Chairman Michael Lee and board member Susan Park attended the meeting.",
			want: []string{"Event attendee Michael Lee", "Event attendee Susan Park"}},
		{text: "Budget\n\nThe city council met on Tuesday night. Board member Ana Silva voted against the plan.",
			notWant: []string{"Event attendee Ana Silva"}},
		{text: "Budget\n\nThe council did not meet on Tuesday. Council member Ana Silva said it was a mistake.",
			notWant: []string{"Event attendee Ana Silva"}},
		{text: "Budget\n\nThe city council met on Tuesday. It approved the budget. Roads will be repaired. Council member Ana Silva said she was pleased.",
			notWant: []string{"Event attendee Ana Silva"}},
	})
}

// TestSpokeCalledTogether: a person who spoke with or called a named
// person, two people who spoke on a day, and two who appeared together
// are events both attend; speeches, outlets,
// "called X a liar", "called on X", "called X to the stand", denials and a
// pronoun inside a quote are none.
func TestSpokeCalledTogether(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Housing\n\nMayor Michelle Wu spoke with Governor Maura Healey on Monday about the housing plan.",
			want: []string{"Michelle Wu met Maura Healey", `Event startDate "2022-01-10"`}},
		{text: "Ukraine\n\nJoe Biden called Vladimir Putin on Tuesday.",
			want: []string{"Joe Biden met Vladimir Putin", `Event startDate "2022-01-04"`}},
		{text: "Ukraine\n\nJoe Biden called Vladimir Putin to congratulate him.",
			want: []string{"Joe Biden met Vladimir Putin"}},
		{text: "Ukraine\n\nJoe Biden and Vladimir Putin spoke on Tuesday, the White House said.",
			want: []string{"Joe Biden met Vladimir Putin"}},
		{text: "Rally\n\nGovernor Kathy Hochul and Mayor Eric Adams appeared together at a rally on Sunday.",
			want: []string{"Kathy Hochul met Eric Adams", `Event startDate "2022-01-09"`}},
		{text: "Ukraine\n\nJoe Biden called Vladimir Putin a killer.",
			notWant: []string{"Joe Biden met Vladimir Putin"}},
		{text: "Ukraine\n\nJoe Biden called on Vladimir Putin to withdraw.",
			notWant: []string{"Joe Biden met Vladimir Putin"}},
		{text: "Trial\n\nJudge Ann Lee called Tom Smith to the stand.",
			notWant: []string{"Ann Lee met Tom Smith"}},
		{text: "Housing\n\nMayor Michelle Wu did not speak with Governor Maura Healey.",
			notWant: []string{"Michelle Wu met Maura Healey"}},
		{text: "Housing\n\nMayor Michelle Wu spoke to reporters with Governor Maura Healey.",
			notWant: []string{"Michelle Wu met Maura Healey"}},
		{text: "Housing\n\nMayor Michelle Wu and Governor Maura Healey spoke at the rally.",
			notWant: []string{"Michelle Wu met Maura Healey"}},
		{text: "Football\n\nEverton striker James Beattie was hurt. \"He has spoken with manager David Moyes about what happened,\" said spokesman Ian Ross.",
			notWant: []string{"Ian Ross met David Moyes", "James Beattie met David Moyes"}},
	})
}
