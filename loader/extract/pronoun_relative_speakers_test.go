package extract

import (
	"testing"
	"time"
)

// TestRelativeClauseSpeaker: event-seed176 row 34 (testdata/nodes): "it"
// after "The pilots union that has bid ... from UAL Inc said" is the union,
// not UAL Inc, which takes no part in the union's meeting.
func TestRelativeClauseSpeaker(t *testing.T) {
	runRulesAt(t, time.Date(1987, 4, 7, 12, 0, 0, 0, time.UTC), []ruleCase{
		{text: "UAL AIRLINE PILOTS HOLDING NATIONAL MEETING\n\nThe pilots union that has bid 4.5 billion dlrs to buy United Airlines from UAL Inc said it is holding a meeting for all airline employees that will be televised on closed-circuit channels across the country.",
			notWant: []string{"Event attendee UAL Inc"}},
	})
}
