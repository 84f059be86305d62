package extract

import (
	"testing"
	"time"
)

// TestEventNodesS21: event-seed161's wrong nodes (testdata/nodes): the place
// a "where" clause follows is no party of the meeting the clause tells; a
// country before a visit noun whose visitor is told elsewhere is where it
// goes.
func TestEventNodesS21(t *testing.T) {
	runRulesAt(t, time.Date(1987, 3, 3, 12, 0, 0, 0, time.UTC), []ruleCase{
		{text: "Strikes\n\nMost of the stoppages were in northern Germany, where employers and union representatives met for talks on a wage agreement.",
			notWant: []string{"Event attendee Germany"}},
		{text: "Strikes\n\nMost of the stoppages were in northern Germany, where IG Metall and Gesamtmetall met for talks on a wage agreement.",
			want: []string{"Event attendee Gesamtmetall"}, notWant: []string{"Event attendee Germany"}},
		{text: "Band\n\nKasabian would embark upon a well-received UK tour.",
			notWant: []string{"Event attendee United Kingdom"}},
		{text: "Trip\n\nMr Straw's China trip is part of regular high-level meetings.",
			want: []string{"Event location China"}, notWant: []string{"Event attendee China"}},
	})
}
