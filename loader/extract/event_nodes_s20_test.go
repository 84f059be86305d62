package extract

import (
	"testing"
	"time"
)

// TestEventNodesS20: event-seed145's wrong nodes (testdata/nodes): dates
// given as alternatives date no event; a body named only as a former
// employer before a post is no party; nor are two names joined by "or".
func TestEventNodesS20(t *testing.T) {
	runRulesAt(t, time.Date(1987, 3, 3, 12, 0, 0, 0, time.UTC), []ruleCase{
		{text: "Banks\n\nU.S. Bankers will meet with ministry officials for talks on deregulation. Ministry sources said the talks are likely to be held in April or June.",
			notWant: []string{`Event startDate "1987-04"`, `Event startDate "1987-06"`}},
		// (extractor 384: "U.S. Bankers" are private people, no party of
		// the United States: event_local_modifiers.go; officials are)
		{text: "Banks\n\nMinistry sources said the talks with U.S. officials will be held in April.",
			want: []string{`Event startDate "1987-04"`}},
		{text: "Banks\n\nMinistry sources said the talks with U.S. Bankers will be held in April.",
			notWant: []string{"Event attendee United States"}},
		{text: "Hearing\n\nA former TRW Inc controller told a Congressional hearing that the company had acted unethically.",
			notWant: []string{"Event attendee TRW Inc"}},
		{text: "Hearing\n\nA TRW Inc controller told a Congressional hearing that the company had acted unethically.",
			want: []string{"Event attendee TRW Inc"}},
		{text: "Debt\n\nBrazil would have to enact a credible economic program, either in consultation with the World Bank or the International Monetary Fund, before commercial banks would begin negotiations.",
			notWant: []string{"Event attendee World Bank", "Event attendee International Monetary Fund"}},
		{text: "Talks\n\nBaker will meet Shultz or Weinberger on Monday.",
			want: []string{"Event attendee Baker"}, notWant: []string{"Event attendee Shultz", "Event attendee Weinberger"}},
		{text: "Talks\n\nBaker met Shultz and Weinberger on Monday.",
			want: []string{"Event attendee Shultz", "Event attendee Weinberger"}},
	})
}
