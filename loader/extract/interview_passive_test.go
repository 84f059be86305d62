package extract

import "testing"

// TestPassiveInterviews: who "was interviewed by" a named person attends
// one interview with them, at the place and date of the clause; an
// interview denied or by no one named is none.
func TestPassiveInterviews(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Show\n\nSenators John Smith and Jane Doe were interviewed by Lester Holt on Sunday.",
			want: []string{"Event attendee John Smith", "Event attendee Jane Doe", "Event attendee Lester Holt", "John Smith met Lester Holt", `Event startDate "2022-01-09"`}},
		{text: "Show\n\nSenator John Smith was interviewed by CNN's Jake Tapper in Washington on Sunday.",
			want: []string{"John Smith met Jake Tapper", "Event location Washington"}},
		{text: "Show\n\nSenator John Smith was not interviewed by Jake Tapper.",
			notWant: []string{"John Smith met Jake Tapper"}},
		{text: "Crime\n\nJohn Smith was interviewed by police on Sunday.",
			notWant: []string{"Event attendee John Smith"}},
	})
}
