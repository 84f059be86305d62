package extract

import (
	"testing"
	"time"
)

// TestEventNodesS21: event-seed161's wrong nodes (testdata/nodes): the place
// a "where" clause follows is no party of the meeting the clause tells.
func TestEventNodesS21(t *testing.T) {
	runRulesAt(t, time.Date(1987, 3, 3, 12, 0, 0, 0, time.UTC), []ruleCase{
		{text: "Strikes\n\nMost of the stoppages were in northern Germany, where employers and union representatives met for talks on a wage agreement.",
			notWant: []string{"Event attendee Germany"}},
		{text: "Strikes\n\nMost of the stoppages were in northern Germany, where IG Metall and Gesamtmetall met for talks on a wage agreement.",
			want: []string{"Event attendee Gesamtmetall"}, notWant: []string{"Event attendee Germany"}},
	})
}
