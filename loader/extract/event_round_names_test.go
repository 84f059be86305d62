package extract

import "testing"

// TestRoundNameOnly: a place naming a round of negotiations ("the Uruguay
// round") is no party to them; a place that negotiates is
// (event_round_names.go).
func TestRoundNameOnly(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Trade ministers of Freedonia will meet in Geneva next week for Uruguay round negotiations on farm goods.",
			notWant: []string{"Event attendee Uruguay"}},
		{text: "The Commission will present its plan at the next meeting of Uruguay round negotiators in Geneva.",
			notWant: []string{"Event attendee Uruguay"}},
		{text: "Uruguay held talks with Argentina in Montevideo on the next round of tariff cuts.",
			want: []string{"Event attendee Uruguay", "Event attendee Argentina"}},
	})
}
