package extract

import (
	"strings"
	"testing"
	"time"
)

// TestWhereJoinedAndTestimony: who is joined "where" an event is held, the
// organiser of a passive set off by commas and the witnesses a hearing
// hears from attend it; they do not meet each other there, and an owner's
// body that launched talks is no organiser.
func TestWhereJoinedAndTestimony(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Budget\n\nGovernor Ruth Baines held a press conference on Monday, where she was joined by Treasurer Paul Okafor and Auditor Lena Marsh.",
			want:    []string{"Event attendee Ruth Baines", "Event attendee Paul Okafor", "Event attendee Lena Marsh", `Event startDate "2022-01-10"`},
			notWant: []string{"Paul Okafor met Lena Marsh"}},
		{text: "Budget\n\nGovernor Ruth Baines held a press conference on Monday, where she was not joined by Treasurer Paul Okafor.",
			notWant: []string{"Event attendee Paul Okafor"}},
		{text: "Police\n\nThe hearing, chaired by Senator Ruth Baines, heard testimony from Police Chief Paul Okafor and Dr Lena Marsh.",
			want:    []string{"Event organizer Ruth Baines", "Event attendee Paul Okafor", "Event attendee Lena Marsh"},
			notWant: []string{"Ruth Baines met Paul Okafor", "Paul Okafor met Lena Marsh"}},
		{text: "Trade\n\nThe talks, launched by Premier Ruth Baines's government in May, resumed in Ottawa.",
			notWant: []string{"Event organizer Ruth Baines"}},
	})
}

// TestBodyMeetingOneNode: a body's meeting read by its verb and by its
// members' titles is one event, holding its chair and the members.
func TestBodyMeetingOneNode(t *testing.T) {
	pub := time.Date(2022, 1, 10, 12, 0, 0, 0, time.UTC)
	got := eventSummaries(t, "Cabinet\n\nThe Cabinet met on Tuesday, chaired by Prime Minister Ruth Baines, and Minister Paul Okafor presented the budget.", pub)
	if len(got) != 1 || !strings.Contains(got[0], "Paul Okafor") || !strings.Contains(got[0], "Ruth Baines") {
		t.Errorf("the Cabinet's meeting: got %q, want one event with Ruth Baines and Paul Okafor", got)
	}
}
