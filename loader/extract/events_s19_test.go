package extract

import "testing"

// TestEventsS19: issue 15's attendance in modern copy: companions listed
// "along with" after the event, "the two" for the only two people of the
// sentence before, the agent of "was questioned by" at a hearing, "attended
// by" with no comma, the people of talks on the sidelines of a summit (no
// met with all there); "together for two years" is no gathering.
func TestEventsS19(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Summit\n\nPrime Minister Mia Mottley attended the Summit of the Americas in Los Angeles this week along with President Joe Biden and Prime Minister Justin Trudeau.",
			want: []string{"Summit of the Americas attendee Joe Biden", "Summit of the Americas attendee Justin Trudeau"}},
		{text: "Gala\n\nJane Roe was among the guests at the gala on Saturday, along with John Doe.",
			want: []string{"Event attendee Jane Roe", "Event attendee John Doe"}},
		{text: "Summit\n\nMottley attended the summit along with a plan for debt relief from Jamaica.",
			notWant: []string{"Event attendee Jamaica"}},
		{text: "Race\n\nHerschel Walker has long known Brian Kemp. The two were together at an early October GOP fundraiser in Atlanta.",
			want: []string{"Event attendee Herschel Walker", "Event attendee Brian Kemp"}},
		{text: "Race\n\nHerschel Walker said they had spoken. They were together at a fundraiser in Atlanta.",
			notWant: []string{"Event attendee Herschel Walker"}},
		{text: "Music\n\nBratman proposed to singer Christina Aguilera, 23, on holiday. The pair have been together for more than two years.",
			notWant: []string{"Event attendee Christina Aguilera"}},
		{text: "Audit\n\nAt a hearing of the Public Accounts Committee on Wednesday, Auditor General Pamela Monroe Ellis was questioned by committee chairman Julian Robinson.",
			want: []string{"Event attendee Pamela Monroe Ellis", "Event attendee Julian Robinson"}},
		{text: "Party\n\nPrime Minister Andrew Holness hosted a fundraiser at Jamaica House on Saturday night attended by Michael Lee-Chin and Senator Aubyn Hill.",
			want: []string{"Event attendee Michael Lee-Chin", "Event attendee Aubyn Hill"}},
		{text: "Caricom\n\nPrime Minister Andrew Holness and Prime Minister Mia Mottley held talks on the sidelines of the CARICOM Heads of Government Meeting in Paramaribo.",
			want: []string{"Heads of Government Meeting attendee Andrew Holness", "Heads of Government Meeting attendee Mia Mottley"}},
	})
}
