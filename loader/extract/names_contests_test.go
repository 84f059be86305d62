package extract

import (
	"testing"
	"time"
)

// TestContestNames checks names_contests.go by mechanism: a name ending in a
// contest's head word is an event (some heads only in a story about sport),
// a head word the recogniser left out is taken in, a body the gazetteer
// knows and the short name of a firm named in full are no contests.
func TestContestNames(t *testing.T) {
	tests := []struct {
		name, text string
		event      []string // names typed Event
		not        []string // names not typed Event
	}{
		{"any story", "The Davis Cup tie was moved to Lyon, the federation said on Monday.",
			[]string{"Davis Cup"}, nil},
		{"sport head in a sports story", "Lopez beat Kerr in the final of the Hobart Classic to take the match in two sets.",
			[]string{"Hobart Classic"}, nil},
		{"sport head elsewhere", "Shares of Hobart Classic Holdings rose five pct on Monday, and analysts at Hobart Classic said sales were strong.",
			nil, []string{"Hobart Classic", "Hobart Classic Holdings"}},
		{"nations after a number", "Wales face Ireland in the Four Nations at the end of the season, and the coach named his squad for the match.",
			[]string{"Four Nations"}, []string{"Wales", "Ireland"}},
		{"nations of a body", "The United Nations said the match would be played despite the final warning.",
			nil, []string{"United Nations"}},
		{"short name of a firm", "First Marathon Securities Ltd analyst Jim Doak said the plan was sound. First Marathon's Doak said banks would agree.",
			nil, []string{"First Marathon", "First Marathon Securities Ltd"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract("Headline\n\n"+tt.text, time.Time{})
			got := map[string]EntityType{}
			for _, e := range doc.Entities {
				got[e.Name] = e.Type
			}
			for _, n := range tt.event {
				if got[n] != Event {
					t.Errorf("%q typed %q, want Event; all %v", n, got[n], got)
				}
			}
			for _, n := range tt.not {
				if got[n] == Event {
					t.Errorf("%q typed Event; all %v", n, got)
				}
			}
		})
	}
}
