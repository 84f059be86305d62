package extract

import "testing"

// TestEventsS17: issue 15's journeys and time spent together on modern
// pages. A purpose clause of travel takes the journey's place and tense
// ("flew to Berlin to meet Scholz on Tuesday": Berlin, the Tuesday before;
// not when the journey is still to come), and time spent with someone
// named is a meeting (not "20 years with the company", not "wants to
// spend more time with").
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
	})
}
