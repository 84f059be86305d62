package extract

import "testing"

// TestEventsS17: issue 15's journeys and time spent together on modern
// pages. A purpose clause of travel takes the journey's place and tense
// ("flew to Berlin to meet Scholz on Tuesday": Berlin, the Tuesday before;
// not when the journey is still to come), and time spent with someone
// named is a meeting (not "20 years with the company", not "wants to
// spend more time with"); a plural subject named by an apposition ("The two
// leaders, X and Y, met") is the people it lists; a gerund of an event's
// kind is in its phrase ("spoke at Tuesday's groundbreaking ceremony").
func TestEventsS17(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Trip\n\nForeign Minister Wang Yi visited Europe. Wang flew to Berlin to meet Chancellor Olaf Scholz on Tuesday.",
			want:    []string{"Event location Berlin", `Event startDate "2022-01-04"`, "Wang Yi met Olaf Scholz"},
			notWant: []string{`Event startDate "2022-01-11"`}},
		{text: "Trip\n\nForeign Minister Wang Yi will fly to Berlin to meet Chancellor Olaf Scholz on Tuesday.",
			want: []string{`Event startDate "2022-01-11"`}},
		{text: "Family\n\nZoe Anderson was 21. Her mother, Lucy Evans, is an artist. Zoe returned a week later to spend Christmas with her mother in the Lake District.",
			want: []string{"Zoe Anderson met Lucy Evans", "Event location Lake District"}},
		{text: "White House\n\nSenator Mitt Romney spent two hours with President Donald Trump at the White House on Monday.",
			want: []string{"Mitt Romney met Donald Trump", "Event location White House"}},
		{text: "Career\n\nEngineer John Smith spent 20 years with General Motors Corp before he retired.",
			notWant: []string{"Event attendee John Smith"}},
		{text: "Family\n\nSenator Mitt Romney said he would spend the weekend with President Donald Trump.",
			notWant: []string{"Mitt Romney met Donald Trump"}},
		// a plural subject named by an apposition
		{text: "Paris\n\nThe two leaders, President Joe Biden and President Emmanuel Macron, held a joint press conference in Paris on Saturday.",
			want: []string{"Joe Biden met Emmanuel Macron", "Event location Paris"}},
		{text: "Talks\n\nThe two men, Premier Andrew Fahie and Governor John Rankin, met on Tuesday.",
			want: []string{"Andrew Fahie met John Rankin"}},
		// a gerund of the event's kind before its noun
		{text: "Ceremony\n\nGovernor Albert Bryan Jr. spoke at Tuesday's groundbreaking ceremony in Christiansted.",
			want: []string{"Event attendee Albert Bryan Jr.", "Event location Christiansted"}},
		{text: "Aid\n\nMorocco will get an aid package in 1987 following a three-day meeting of donors chaired by the World Bank, Finance Minister Mohamed Berada said.",
			notWant: []string{`Event startDate "1987"`}},
	})
}
