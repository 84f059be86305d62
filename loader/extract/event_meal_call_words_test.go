package extract

import "testing"

// TestMealAfterHave: a meal had with someone is a meeting even when the
// tagger reads the meal's noun as a verb ("had lunch with"); a meal
// offered as a verb is none (event_triggers.go, mealAfterHave).
func TestMealAfterHave(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Lunch\n\nSenator Ana Ruiz had lunch with Governor Tomas Berg at the Capitol on Thursday.",
			want: []string{"Ana Ruiz met Tomas Berg", "Event location US Capitol", `Event startDate "2022-01-06"`}},
		{text: "Lunch\n\nSenator Ana Ruiz will have dinner with Governor Tomas Berg on Thursday.",
			want: []string{"Event attendee Tomas Berg"}},
	})
}

// TestVideoPlatformCalls: a call named by its platform ("a Zoom call") is
// a call like a phone call (callModifiers).
func TestVideoPlatformCalls(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Call\n\nIn a Zoom call with Mayor Tomas Berg on Monday, Governor Ana Ruiz discussed the budget.",
			want: []string{"Ana Ruiz met Tomas Berg", `Event startDate "2022-01-10"`}},
		{text: "Call\n\nSenator Ana Ruiz held a Skype call with Mayor Tomas Berg on Monday.",
			want: []string{"Ana Ruiz met Tomas Berg"}},
	})
}
