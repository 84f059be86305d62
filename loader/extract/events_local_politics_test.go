package extract

import "testing"

// TestLocalPoliticsEvents: the gatherings of modern local and political
// news. A call held with a named person ("during a call with"), a
// gathering named by "event" after what people came for ("a campaign
// event"), "the event" told at such a gathering just before, a rally a
// person holds, a title standing for the person met ("met the mayor"),
// "Joining her at", "Also at the rally were", and "the school board" for the
// one board named before. Look-alikes stay none: a close call, a market's
// rally, a product's launch, "the event" with no gathering before it, a
// title no one named holds, two boards with the same tail.
func TestLocalPoliticsEvents(t *testing.T) {
	runRules(t, []ruleCase{
		// a call with a named person, bare: fronted, after the clause, after a date
		{text: "Guns\n\nDuring a call with President Maria Ortiz on Monday, Premier Colin Baptiste raised gun smuggling.",
			want: []string{"Event attendee Maria Ortiz", "Event attendee Colin Baptiste", "Colin Baptiste met Maria Ortiz", `Event startDate "2022-01-10"`}},
		{text: "Guns\n\nPremier Colin Baptiste raised the matter in a call with President Maria Ortiz.",
			want: []string{"Colin Baptiste met Maria Ortiz"}},
		{text: "Guns\n\nDuring a Friday call with President Maria Ortiz, Premier Colin Baptiste raised gun smuggling.",
			want: []string{"Colin Baptiste met Maria Ortiz", `Event startDate "2022-01-07"`}},
		{text: "Race\n\nIt was a close call with Tom Hardwick for the Senate seat, Senator Ellen Marsh said.",
			notWant: []string{"Ellen Marsh met Tom Hardwick", "Event attendee Tom Hardwick"}},
		// a campaign event: its people attend it, they do not meet by that alone
		{text: "Race\n\nSenator Ellen Marsh and Governor Paul Okafor appeared at a campaign event in Dayton on Saturday.",
			want:    []string{"Event attendee Ellen Marsh", "Event attendee Paul Okafor", "Event location Dayton", `Event startDate "2022-01-08"`},
			notWant: []string{"Ellen Marsh met Paul Okafor"}},
		{text: "Race\n\nThe campaign event planner quit.",
			notWant: []string{"Event attendee Ellen Marsh"}},
		// two named together there: they met, from the first sentence of a text
		{text: "Senator Ellen Marsh and Governor Paul Okafor appeared together at a fundraising event in Dayton.",
			want: []string{"Ellen Marsh met Paul Okafor", "Event location Dayton"}},
		// "the event": the gathering told within the three sentences before
		{text: "Race\n\nSenator Ellen Marsh spoke at a campaign event in Dayton on Saturday. Joining Marsh at the event were Mayor Ruth Kagan and Sheriff Dan Pryor.",
			want: []string{"Event attendee Ellen Marsh", "Event attendee Ruth Kagan", "Event attendee Dan Pryor", "Event location Dayton"}},
		{text: "Race\n\nMayor Ruth Kagan held a news conference at City Hall on Monday. She thanked the police. Joining her at the event were Sheriff Dan Pryor and Chief Ana Silva.",
			want: []string{"Event attendee Ruth Kagan", "Event attendee Dan Pryor", "Event attendee Ana Silva", "Event location City Hall"}},
		{text: "Storm\n\nThe storm hit Dayton on Tuesday. Mayor Ruth Kagan said the city was ready. At the event, Kagan thanked workers.",
			notWant: []string{"Event attendee Ruth Kagan"}},
		// a rally a person holds; a market's rally and a product's launch are none
		{text: "Race\n\nSenator Ellen Marsh held a rally in Dayton on Saturday. Also at the rally were Mayor Ruth Kagan and Sheriff Dan Pryor.",
			want: []string{"Event attendee Ellen Marsh", "Event attendee Ruth Kagan", "Event attendee Dan Pryor", "Event location Dayton"}},
		{text: "Markets\n\nThe dollar held a rally on Tuesday as traders bought.",
			notWant: []string{`Event startDate "2022-01-04"`}},
		{text: "Phones\n\nThe Orbit phone had a quiet launch in the summer, John Pell said.",
			notWant: []string{"Event attendee Orbit", "Event attendee John Pell"}},
		// the title of a person named before stands for the person met
		{text: "Migrants\n\nMayor Ruth Kagan toured a shelter on Friday. Governor Paul Okafor met the mayor later that day.",
			want: []string{"Paul Okafor met Ruth Kagan"}},
		{text: "Migrants\n\nRuth Kagan toured a shelter on Friday. Governor Paul Okafor met the mayor later that day.",
			notWant: []string{"Paul Okafor met Ruth Kagan"}},
		{text: "Migrants\n\nMayor Ruth Kagan toured a shelter on Friday. Governor Paul Okafor met the mayor's aides later that day.",
			notWant: []string{"Paul Okafor met Ruth Kagan"}},
		// "the school board": the one board named before whose name ends so
		{text: "Schools\n\nThe Fairview County School Board voted on Tuesday to close two schools. The school board met for three hours before the vote.",
			want: []string{"Event attendee Fairview County School Board"}},
		{text: "Schools\n\nThe Fairview County School Board and the Lake County School Board voted on Tuesday. The school board met for three hours before the vote.",
			notWant: []string{"Event attendee Fairview County School Board", "Event attendee Lake County School Board"}},
	})
}
