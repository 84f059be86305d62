package extract

import (
	"testing"
	"time"
)

// TestEarlierRound: event-seed158 rows 41 and 42 (testdata/nodes): the last
// round's date is not the coming round's.
func TestEarlierRound(t *testing.T) {
	runRulesAt(t, time.Date(1987, 3, 16, 12, 0, 0, 0, time.UTC), []ruleCase{
		{text: "UAW\n\nThe United Auto Workers denied a report on its upcoming contract talks with the auto industry.\n\nThe UAW traditionally picks one of the major car companies in its national contract talks with the auto industry.\n\nGM was named the lead company in the last round of talks in 1984.",
			want: []string{"Event attendee United Auto Workers"}, notWant: []string{`Event startDate "1984"`}},
		{text: "UAW\n\nThe United Auto Workers held contract talks with the auto industry in 1984.",
			want: []string{`Event startDate "1984"`}},
	})
}
