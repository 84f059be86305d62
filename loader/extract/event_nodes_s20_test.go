package extract

import (
	"testing"
	"time"
)

// TestEventNodesS20: event-seed145's wrong nodes (testdata/nodes): dates
// given as alternatives date no event; a body named only as a former
// employer before a post is no party.
func TestEventNodesS20(t *testing.T) {
	runRulesAt(t, time.Date(1987, 3, 3, 12, 0, 0, 0, time.UTC), []ruleCase{
		{text: "Banks\n\nU.S. Bankers will meet with ministry officials for talks on deregulation. Ministry sources said the talks are likely to be held in April or June.",
			notWant: []string{`Event startDate "1987-04"`, `Event startDate "1987-06"`}},
		{text: "Banks\n\nMinistry sources said the talks with U.S. Bankers will be held in April.",
			want: []string{`Event startDate "1987-04"`}},
		{text: "Hearing\n\nA former TRW Inc controller told a Congressional hearing that the company had acted unethically.",
			notWant: []string{"Event attendee TRW Inc"}},
		{text: "Hearing\n\nA TRW Inc controller told a Congressional hearing that the company had acted unethically.",
			want: []string{"Event attendee TRW Inc"}},
	})
}
