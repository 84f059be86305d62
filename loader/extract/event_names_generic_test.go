package extract

import (
	"testing"
	"time"
)

// TestHeadingEventNames checks event_names_generic.go: a heading in
// capitals is no event, and a word capitalised after "U.S." names none;
// a capitalised event name of prose still does.
func TestHeadingEventNames(t *testing.T) {
	tests := []struct {
		name, text string
		events     []string // the named events wanted, in any order
	}{
		{"heading in capitals", "U.S. DIVIDEND MEETINGS - APRIL 7 Itt Corp Milton Roy Ohio Mattress Co Staley Continental Inc", nil},
		{"capital after U.S.", "Shintaro Abe made the recommendation soon after returning from a U.S. Visit designed to pave the way.", nil},
		{"a name of prose", "Delegates gathered for the World Petroleum Congress in Houston, Ali Naimi said.", []string{"World Petroleum Congress"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var named []string
			for _, e := range Extract("Headline\n\n"+tt.text, time.Time{}).Entities {
				if e.Type == Event && e.Name != "" {
					named = append(named, e.Name)
				}
			}
			if len(named) != len(tt.events) || len(named) > 0 && named[0] != tt.events[0] {
				t.Errorf("named events %q, want %q", named, tt.events)
			}
		})
	}
}
