package extract

import (
	"testing"
	"time"
)

// TestVerbAnaphors: "the meeting" in the sentence after "X met Y" is that
// meeting, and who acts at it attends; a meeting of others ("the meeting
// of OPEC ministers"), or one told too late, is not.
func TestVerbAnaphors(t *testing.T) {
	one := "Event attendee Nigel Clarke"
	runRules(t, []ruleCase{
		{text: "Talks\n\nPrime Minister Andrew Holness met Premier Andrew Fahie in Kingston on Monday. At the meeting, Finance Minister Nigel Clarke presented the plan.",
			want: []string{one, "Andrew Holness met Andrew Fahie", "Event location Kingston"}},
		{text: "Talks\n\nPrime Minister Andrew Holness met Premier Andrew Fahie on Monday. The meeting of OPEC ministers, chaired by Minister Nigel Clarke, ended on Tuesday.",
			want: []string{"Andrew Holness met Andrew Fahie"}},
	})
	// shared attendance: one event holds all three
	for _, c := range []struct {
		text string
		same bool
	}{
		{"Talks\n\nPrime Minister Andrew Holness met Premier Andrew Fahie on Monday. At the meeting, Finance Minister Nigel Clarke presented the plan.", true},
		{"Talks\n\nPrime Minister Andrew Holness met Premier Andrew Fahie on Monday. Oil prices rose. Trade fell. Shares slipped. At the meeting, Finance Minister Nigel Clarke presented the plan.", false},
	} {
		if got := sharedEvent(t, c.text, "Andrew Holness", "Nigel Clarke"); got != c.same {
			t.Errorf("%q: Holness and Clarke at one event = %v, want %v", c.text, got, c.same)
		}
	}
}

// sharedEvent reports whether people a and b attend one event of text.
func sharedEvent(t *testing.T, text, a, b string) bool {
	t.Helper()
	doc := Extract(text, time.Date(2022, 1, 10, 12, 0, 0, 0, time.UTC))
	at := map[int]map[string]bool{}
	for _, f := range doc.Facts {
		if f.Predicate == "attendee" && f.Object >= 0 {
			if at[f.Subject] == nil {
				at[f.Subject] = map[string]bool{}
			}
			at[f.Subject][doc.Entities[f.Object].Name] = true
		}
	}
	for _, names := range at {
		if names[a] && names[b] {
			return true
		}
	}
	return false
}
