package extract

import (
	"testing"
	"time"
)

// TestPlaceReadings checks vote_place_readings.go: a town read as a
// person's before a noun follows the article's place readings of it; a
// person whose full name ends with the word keeps it.
func TestPlaceReadings(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"town before a noun", "The boat was built in Seattle. It draws a long line from a major Seattle industry with roots in the 19th century. Fishermen left Seattle on Monday.",
			map[string]EntityType{"Seattle": City}},
		{"surname kept", "George Washington crossed the river near Trenton. Washington said the army was tired. The capital is now Washington, and tourists visit Washington often.",
			map[string]EntityType{"George Washington": Person}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}
