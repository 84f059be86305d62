package extract

import "testing"

// TestPronounNotPossessor: "he" after a possessor is the sentence's
// subject (blind seed112's "visit: Blair").
func TestPronounNotPossessor(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Tony Blair spoke on Sunday.\n\nMeanwhile Lib Dem leader Charles Kennedy is expected to attack Mr Blair's words as he begins a nationwide tour on Monday.",
			want: []string{"Event attendee Charles Kennedy"}, notWant: []string{"Event attendee Tony Blair", "Event attendee Lib Dem"}},
		{text: "Tony Blair spoke on Sunday.\n\nMr Blair's aides said he would begin a nationwide tour on Monday.",
			want: []string{"Event attendee Tony Blair"}},
	})
}
