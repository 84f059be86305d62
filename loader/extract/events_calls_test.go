package extract

import "testing"

// TestPressCalls: a call with reporters is an event; who speaks in it or
// on a conference call attends it; a call for calm is none.
func TestPressCalls(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Plan\n\nIn a call with reporters on Wednesday, Secretary Antony Blinken and Ambassador Linda Thomas-Greenfield outlined the plan.",
			want: []string{"Event attendee Antony Blinken", "Event attendee Linda Thomas-Greenfield", `Event startDate "2022-01-05"`}},
		{text: "Storm\n\nGovernor Greg Abbott told reporters on a conference call on Tuesday that the state was ready.",
			want: []string{"Event attendee Greg Abbott", `Event startDate "2022-01-04"`}},
		{text: "Protest\n\nMayor Jane Owen issued a call for calm on Tuesday.",
			notWant: []string{"Event attendee Jane Owen"}},
	})
}
