package extract

import (
	"testing"
	"time"
)

// TestComingDates: "next meeting ... in June" told in April 1987 is June
// 1987 (event_coming_dates.go); a past meeting's June stays the last one.
func TestComingDates(t *testing.T) {
	runRulesAt(t, time.Date(1987, 4, 8, 12, 0, 0, 0, time.UTC), []ruleCase{
		{text: "Opec\n\nHe said at Opec's next meeting in Vienna in June, members will face the choice of raising the ceiling.",
			want: []string{`Event startDate "1987-06"`}, notWant: []string{`Event startDate "1986-06"`}},
		{text: "Opec\n\nHe said Opec's meeting in Vienna in June set a ceiling of 15.8 mln barrels a day.",
			notWant: []string{`Event startDate "1987-06"`}},
	})
}
