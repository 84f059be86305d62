package extract

import (
	"testing"
	"time"
)

// TestTownsAtWorkplace checks names_towns.go's workplaceAt: a town of the
// list after "at" is a place, unless a post or a verb of work stands before
// "at": then it is the workplace.
func TestTownsAtWorkplace(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"an economist at", "The stimulus is unprecedented, said Jeffrey Frankel, an economist at Harvard.",
			map[string]EntityType{"Harvard": Organization}},
		{"a place after at", "The storm hit homes at Harvard on Tuesday, police said.",
			map[string]EntityType{"Harvard": Place}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}
