package extract

import "testing"

// TestCompanions: who appears with, alongside, beside, next to, joined, flanked or
// accompanied by an event's actor attends it too, and the subject after a
// fronted "After meeting with X," meets X (event_companions.go,
// event_meet_verb.go); a firm's owner, a negated passive and a target met
// do not.
func TestCompanions(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Plan\n\nGovernor Anna Lind and Mayor Karl Brenner were joined by Senator Ravi Sood at a news conference in Oslo.",
			want: []string{"Event attendee Ravi Sood", "Event attendee Anna Lind", "Event attendee Karl Brenner"}},
		{text: "Plan\n\nGovernor Anna Lind was flanked by Mayor Karl Brenner at a news conference on Monday.",
			want: []string{"Event attendee Anna Lind", "Event attendee Karl Brenner"}},
		{text: "Plan\n\nGovernor Anna Lind, joined by Mayor Karl Brenner, announced the plan at a news conference on Monday.",
			want: []string{"Event attendee Anna Lind", "Event attendee Karl Brenner"}},
		{text: "Plan\n\nGovernor Anna Lind appeared with Mayor Karl Brenner at a news conference on Monday.",
			want: []string{"Event attendee Anna Lind", "Event attendee Karl Brenner"}},
		{text: "Plan\n\nGovernor Anna Lind spoke alongside Mayor Karl Brenner at a news conference on Monday.",
			want: []string{"Event attendee Anna Lind", "Event attendee Karl Brenner"}},
		{text: "Plan\n\nGovernor Anna Lind stood beside Mayor Karl Brenner at a news conference on Monday.",
			want: []string{"Event attendee Anna Lind", "Event attendee Karl Brenner"}},
		{text: "Plan\n\nSenator Anna Lind sat next to Senator Karl Brenner during a hearing on Tuesday.",
			want: []string{"Event attendee Anna Lind", "Event attendee Karl Brenner"}},
		{text: "Plan\n\nGovernor Anna Lind, beside Mayor Karl Brenner, announced the plan at a news conference on Monday.",
			want: []string{"Event attendee Anna Lind", "Event attendee Karl Brenner"}},
		{text: "Plan\n\nAfter meeting with Governor Karl Brenner, Mayor Anna Lind said the city would act.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Plan\n\nMeeting with President Karl Brenner on Monday, Prime Minister Anna Lind said the plan was ready.",
			want: []string{"Anna Lind met Karl Brenner"}},
		{text: "Plan\n\nSenator Anna Lind questioned Attorney General Karl Brenner during a hearing on Tuesday.",
			want: []string{"Event attendee Anna Lind", "Event attendee Karl Brenner"}},
		{text: "Plan\n\nMayor Anna Lind met with community leaders in Oslo on Tuesday, including Karl Brenner and Ravi Sood.",
			want: []string{"Anna Lind met Karl Brenner", "Anna Lind met Ravi Sood"}},
		// no companion, no meeting
		{text: "Plan\n\nGovernor Anna Lind signed a deal with Karl Brenner's firm at a news conference on Monday.",
			notWant: []string{"Event attendee Karl Brenner"}},
		{text: "Plan\n\nGovernor Anna Lind parked next to Karl Brenner's car at a news conference on Monday.",
			notWant: []string{"Event attendee Karl Brenner"}},
		{text: "Plan\n\nGovernor Anna Lind was not joined by Mayor Karl Brenner at a news conference on Monday.",
			notWant: []string{"Event attendee Karl Brenner"}},
		{text: "Plan\n\nAfter meeting its sales target, chief executive Anna Lind said profits rose.",
			notWant: []string{"Event attendee Anna Lind"}},
	})
}
