package extract

import "testing"

// TestNegotiateWith: "negotiate with" told as going on or done makes talks
// between the subject and the named side after "with"; an infinitive, a
// modal, a negation, a condition or a passive makes none, nor a side that
// is only a possessor.
func TestNegotiateWith(t *testing.T) {
	met := "Nordwerk AG met Halvorsen Steel Corp"
	runRules(t, []ruleCase{
		{text: "Merger\n\nNordwerk AG said it is negotiating with Halvorsen Steel Corp on the sale of its mill.",
			want: []string{met, "Event attendee Nordwerk AG", "Event attendee Halvorsen Steel Corp"}},
		{text: "Merger\n\nNordwerk AG has been quietly negotiating with Halvorsen Steel Corp since May.",
			want: []string{met}},
		{text: "Merger\n\nNordwerk AG negotiated with Halvorsen Steel Corp for a month last year.",
			want: []string{met}},
		{text: "Merger\n\nNordwerk AG said it is continuing to negotiate with Halvorsen Steel Corp.",
			want: []string{met}},
		{text: "Trade\n\nPortugal is negotiating with Norway to buy 5,000 tonnes of cod this year.",
			want: []string{"Event attendee Portugal", "Event attendee Norway"}},
		{text: "Merger\n\nNordwerk AG refused to negotiate with Halvorsen Steel Corp.",
			notWant: []string{met, "Event attendee Nordwerk AG"}},
		{text: "Merger\n\nNordwerk AG is ready to negotiate with Halvorsen Steel Corp.",
			notWant: []string{met}},
		{text: "Merger\n\nNordwerk AG will negotiate with Halvorsen Steel Corp next week.",
			notWant: []string{met}},
		{text: "Merger\n\nNordwerk AG will continue to negotiate with Halvorsen Steel Corp.",
			notWant: []string{met}},
		{text: "Merger\n\nNordwerk AG is not negotiating with Halvorsen Steel Corp, a spokesman said.",
			notWant: []string{met, "Event attendee Nordwerk AG"}},
		{text: "Merger\n\nThe union said that if Nordwerk AG had negotiated with Halvorsen Steel Corp, the mill would be open.",
			notWant: []string{met}},
		{text: "Merger\n\nNordwerk AG said the terms were negotiated with Halvorsen Steel Corp.",
			notWant: []string{met}},
		{text: "Debt\n\nNordwerk AG has negotiated with Norway's commercial creditors for a year.",
			notWant: []string{"Nordwerk AG met Norway", "Event attendee Norway"}},
	})
}
