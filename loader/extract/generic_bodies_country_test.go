package extract

import (
	"testing"
	"time"
)

// TestGenericBodyCountryFromBodies checks mainCountry's second vote: an
// article that names no place is of the country of the national bodies it
// names, so its "Treasury" is that country's; places, when named, decide.
func TestGenericBodyCountryFromBodies(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"British bodies", "Budget row\n\nMr Brown told the Commons that Labour would keep its promises. Officials at the Treasury said the figures were sound.", "HM Treasury"},
		{"American bodies", "Dollar falls\n\nThe Federal Reserve left rates unchanged. The Treasury said it would sell new notes next week.", "Treasury Department"},
		{"places decide", "Peso falls\n\nThe Federal Reserve left rates unchanged, bankers in Manila said. The Philippine central bank said the Treasury would sell bills in Manila and Cebu.", "Philippines Treasury"},
		{"nothing to go by", "Notes\n\nThe Treasury said it would sell new notes next week.", "Treasury"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract(tt.text, time.Time{})
			var names []string
			for _, e := range doc.Entities {
				if e.Name == tt.want {
					return
				}
				names = append(names, e.Name)
			}
			t.Errorf("no %q among %q", tt.want, names)
		})
	}
}
