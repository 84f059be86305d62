package extract

import "testing"

// TestFrontedDescribedSubjects: after a fronted event phrase, "the
// governor" as the clause's subject is the person named before with that
// title; with no one of that title named, nobody is guessed.
func TestFrontedDescribedSubjects(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Budget\n\nGovernor Lena Roth returned on Monday. In a meeting with Mayor Tim Gray on Tuesday, the governor discussed the budget.",
			want: []string{"Event attendee Lena Roth", "Event attendee Tim Gray", "Lena Roth met Tim Gray"}},
		{text: "Budget\n\nGovernor Lena Roth returned on Monday. In a meeting with Mayor Tim Gray on Tuesday, the new governor quickly agreed.",
			want: []string{"Event attendee Lena Roth"}},
		// nobody named a governor: no guess by the last person named
		{text: "Budget\n\nAnn Cole returned on Monday. In a meeting with Mayor Tim Gray on Tuesday, the governor discussed the budget.",
			notWant: []string{"Event attendee Ann Cole", "Ann Cole met Tim Gray"}},
	})
}
