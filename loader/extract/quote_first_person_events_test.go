package extract

import "testing"

// TestQuotedFirstPersonEvents: a quoted "I spoke with" and "my talks with"
// are the attributed speaker's conversation and talks, whether the speaker
// is named before the quotation or after it with a title ("said Mayor X");
// a quotation attributed to no named person leaves its "I" to nobody, even
// when the paragraph before has someone speak.
func TestQuotedFirstPersonEvents(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Roads\n\n“I spoke with Mayor Dan Wheeler this morning and we agreed on the plan,” Governor Rosa Kent said.",
			want: []string{"Event attendee Rosa Kent", "Event attendee Dan Wheeler", "Rosa Kent met Dan Wheeler"}},
		{text: "Trade\n\n“My talks with President Omar Saleh were useful,” Prime Minister Jan Holt said on Monday.",
			want: []string{"Event attendee Jan Holt", "Event attendee Omar Saleh", "Jan Holt met Omar Saleh"}},
		{text: "Budget\n\n“When I met with Senator Ray Coyle last week, he backed the bill,” said Mayor Pia Lund.",
			want: []string{"Event attendee Pia Lund", "Event attendee Ray Coyle"}},
		// the speaker after a title is the quotation's, not the one who
		// spoke in the paragraph before
		{text: "Budget\n\nCouncillor Ned Rusk said the vote was close.\n\n“When I met with Senator Ray Coyle last week, he backed the bill,” said Mayor Pia Lund.",
			want: []string{"Event attendee Pia Lund"}, notWant: []string{"Event attendee Ned Rusk", "Ned Rusk met Ray Coyle"}},
		{text: "Budget\n\nCouncillor Ned Rusk said the vote was close.\n\n“I spoke with Senator Ray Coyle on Friday,” a spokesman for the council said.",
			notWant: []string{"Event attendee Ned Rusk", "Ned Rusk met Ray Coyle"}},
		// no quotation: a first-person writer is nobody named
		{text: "Budget\n\nCouncillor Ned Rusk said the vote was close.\n\nI spoke with Senator Ray Coyle on Friday.",
			notWant: []string{"Event attendee Ned Rusk"}},
	})
}
