package extract

import (
	"testing"
	"time"
)

// TestAssemblyBodies checks names_assemblies.go: a capitalised name ending
// in "Assembly" is a body, joined to a place named right before it; an
// assembly in lower case is still a meeting.
func TestAssemblyBodies(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"place before Assembly", "The UK Independence Party has lost one of its two London Assembly members to Robert Kilroy-Silk's new party.",
			map[string]EntityType{"London Assembly": Organization, "Robert Kilroy-Silk": Person}},
		{"recognised whole", "The Northern Ireland Assembly was suspended in 2002, Tony Blair said.",
			map[string]EntityType{"Northern Ireland Assembly": Organization, "Tony Blair": Person}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, nil)
			for _, e := range Extract("Headline\n\n"+tt.text, time.Time{}).Entities {
				if e.Type == Event {
					t.Errorf("unexpected event %q", e.Name)
				}
			}
		})
	}
	// "an assembly of the party" is a meeting
	text := "Daim told an assembly of the United Malays National Organisation in Kuala Lumpur that rates would fall."
	events := 0
	for _, e := range Extract("Headline\n\n"+text, time.Time{}).Entities {
		if e.Type == Event {
			events++
		}
	}
	if events != 1 {
		t.Errorf("%q: %d events, want the assembly", text, events)
	}
}
