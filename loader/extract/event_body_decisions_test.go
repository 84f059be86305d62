package extract

import "testing"

// TestBodyDecisionMeetings: a meeting told with no party of its own in a
// story where one council, board or commission decides is that body's
// meeting; not when two bodies decide, when the body only is named, or when
// the meeting is one of several ("a meeting").
func TestBodyDecisionMeetings(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Parking plan\n\nThe Lakeside County Board of Supervisors approved the parking plan on Tuesday.\n\nResidents who spoke at Tuesday night's meeting opposed the plan.",
			want: []string{"Event organizer Lakeside County Board of Supervisors", `Event startDate "2022-01-04"`}},
		{text: "Budget\n\nThe Millbrook City Council voted 4-3 at last week's meeting to raise the water rates.",
			want: []string{"Event organizer Millbrook City Council"}},
		// the body is only named, it decides nothing
		{text: "Parking plan\n\nThe Lakeside County Board of Supervisors has long debated the parking plan.\n\nResidents who spoke at Tuesday night's meeting opposed the plan.",
			notWant: []string{"Event organizer Lakeside County Board of Supervisors"}},
		// two bodies decide: whose meeting it was is not told
		{text: "Budget\n\nThe Millbrook City Council approved the budget, and the Millbrook School Board rejected it.\n\nParents who spoke at the meeting were angry.",
			notWant: []string{"Event organizer Millbrook City Council", "Event organizer Millbrook School Board"}},
		// "meeting" as a verb
		{text: "Budget\n\nThe Millbrook City Council approved the contract.\n\nThe pipes must be of steel meeting federal standards.",
			notWant: []string{"Event organizer Millbrook City Council"}},
		// a meeting among others, still to be held
		{text: "Budget\n\nThe Millbrook City Council approved the budget.\n\nResidents plan to hold a meeting next month.",
			notWant: []string{"Event organizer Millbrook City Council"}},
	})
}
