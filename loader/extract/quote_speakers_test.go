package extract

import "testing"

// TestQuoteSpeakers: "I" in a quotation is its speaker, attributed before
// it opens, after it closes (by name or by a pronoun for someone named
// before the quotation), or, for a paragraph quoted whole, by the
// paragraph before; "I" outside quotation marks, or in a quotation whose
// speaker is no named person, is nobody named.
func TestQuoteSpeakers(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Calls\n\nGovernor Tom Baker said: “I will have a call with Minister Ruth Hale tomorrow.”",
			want: []string{"Event attendee Tom Baker", "Event attendee Ruth Hale"}},
		{text: "Calls\n\n“I met Premier Joe Kemp in Nassau on Monday,” Mayor Lisa Ortiz said.",
			want: []string{"Event attendee Lisa Ortiz", "Event attendee Joe Kemp"}},
		{text: "Calls\n\nMayor Lisa Ortiz spoke on Tuesday. “I will meet Governor Sam Rudd on Friday,” she said.",
			want: []string{"Event attendee Lisa Ortiz", "Event attendee Sam Rudd"}},
		{text: "Calls\n\nSenator Ada Pike spoke on Monday.\n\nIn the meantime, Pike also noted that she will call for a vote.\n\n“The vote matters. I will meet Governor Ned Vale on Friday.”",
			want: []string{"Event attendee Ada Pike", "Event attendee Ned Vale"}},
		// a thinker is not at the event of the clause after "think"
		{text: "Rates\n\nSenator Ann Cole spoke on Sunday. “I think at the summit meeting in Venice the leaders ought to cut rates,” Cole told reporters.",
			notWant: []string{"Event attendee Ann Cole"}},
		// no quotation: a first-person writer
		{text: "Calls\n\nSenator Ada Pike spoke on Monday.\n\nI met Governor Ned Vale in Boston on Friday.",
			notWant: []string{"Event attendee Ada Pike"}},
		// a quotation of someone unnamed
		{text: "Calls\n\nSenator Ada Pike spoke on Monday.\n\n“I met Governor Ned Vale in Boston on Friday,” a spokesman said.",
			notWant: []string{"Event attendee Ada Pike"}},
	})
}
