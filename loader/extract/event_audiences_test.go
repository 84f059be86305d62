package extract

import "testing"

// TestEventAudiences: who addresses, briefs or tells an audience at an
// event is there; not when the verb is negated, and not who is only named
// in the audience's place by a verb of another kind.
func TestEventAudiences(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Rally\n\nOpposition Leader Ada Pike addressed supporters at a rally in Oakdale on Sunday.",
			want: []string{"Event attendee Ada Pike", "Event location Oakdale", `Event startDate "2022-01-09"`}},
		{text: "Rally\n\nSenator Ned Vale told a crowd at a rally in Oakdale on Saturday that he would win.",
			want: []string{"Event attendee Ned Vale", "Event location Oakdale"}},
		{text: "Rally\n\nMayor Tim Gray thanked residents during the council meeting on Tuesday.",
			want: []string{"Event attendee Tim Gray"}},
		{text: "Rally\n\nMayor Tim Gray did not address supporters at the rally on Sunday.",
			notWant: []string{"Event attendee Tim Gray"}},
		{text: "Rally\n\nMayor Tim Gray counted supporters at the rally on Sunday.",
			notWant: []string{"Event attendee Tim Gray"}},
	})
}
