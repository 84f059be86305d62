package extract

import (
	"testing"
	"time"
)

// TestCapitalSubjectPossessor: event-seed176 row 24 (testdata/nodes): "its"
// after "Moscow has agreed" is Moscow's government, not Afghanistan, the
// topic of the talks.
func TestCapitalSubjectPossessor(t *testing.T) {
	runRulesAt(t, time.Date(1987, 4, 3, 12, 0, 0, 0, time.UTC), []ruleCase{
		{text: "CHINA REPORTS BREAKTHROUGH IN TALKS WITH USSR\n\nAfter years of refusal, Moscow has agreed to discuss the problems of Afghanistan and Kampuchea in its talks with Peking on normalising relations, Chinese Vice-Foreign Minister Qian Qichen said.",
			want: []string{"Event attendee Moscow"}, notWant: []string{"Event attendee Afghanistan"}},
	})
}
