package extract

import (
	"testing"
	"time"
)

// TestNamedEvents checks names_events.go by mechanism: a name of two words
// or more ending in an event's head word is an event; a name cut off before
// a capital or a number, a lone "Fashion Week" and a known body are not.
func TestNamedEvents(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"award show, fashion week, war", "She sang at the Billboard Music Awards, walked at Paris Fashion Week and spoke against the Iraq War.",
			map[string]EntityType{"Billboard Music Awards": Event, "Paris Fashion Week": Event, "Iraq War": Event}, nil},
		{"festival", "The band headlined the Glastonbury Festival in June, its manager Tom Reed said.",
			map[string]EntityType{"Glastonbury Festival": Event, "Tom Reed": Person}, nil},
		{"award show in lower case", "Lopez appeared at the Grammy awards on Sunday, singing a duet with Marc Anthony.",
			map[string]EntityType{"Grammy awards": Event, "Marc Anthony": Person}, nil},
		{"prizes are no show", "The singer won two Grammy awards and toured with Marc Anthony.",
			map[string]EntityType{"Marc Anthony": Person}, []string{"Grammy awards"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
	// cut off before a capital: no event
	text := "Many would prefer Turkey to admit that World War I-era killings were genocide."
	for _, e := range Extract("Headline\n\n"+text, time.Time{}).Entities {
		if e.Type == Event {
			t.Errorf("%q: unexpected event %q", text, e.Name)
		}
	}
}
