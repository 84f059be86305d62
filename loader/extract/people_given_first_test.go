package extract

import (
	"testing"
	"time"
)

// TestRoyalStyleFirst checks people_given_first.go: a person named in royal
// style before a full name with the same given name is someone else, while
// a given name after the full name still joins it.
func TestRoyalStyleFirst(t *testing.T) {
	tests := []struct {
		name, text string
		one        string // the single name
		joins      bool   // whether it is the full name's
		full       string
	}{
		{"royal style first", "Royal wedding\n\nPrince Charles and Camilla Parker Bowles are to marry. Charles said he was delighted. Lib Dem leader Charles Kennedy offered his congratulations.",
			"Charles", false, "Charles Kennedy"},
		{"given name after the full name", "Brothers at odds\n\nMukesh Ambani and Anil Ambani run Reliance. His brother Anil said the talks had failed.",
			"Anil", true, "Anil Ambani"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract(tt.text, time.Time{})
			var full, one = -1, -1
			for i, e := range doc.Entities {
				switch e.Name {
				case tt.full:
					full = i
				case tt.one:
					one = i
				}
			}
			if full < 0 {
				t.Fatalf("no %s among %v", tt.full, doc.Entities)
			}
			if joined := one < 0; joined != tt.joins {
				t.Errorf("%s is its own entity: %v, want %v", tt.one, !joined, !tt.joins)
			}
		})
	}
}
