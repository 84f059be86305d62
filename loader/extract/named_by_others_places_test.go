package extract

import "testing"

// TestPlacesOpeningBodies checks that a place read right after a preposition
// of place stays a place when a body's name opens with it.
func TestPlacesOpeningBodies(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"Agents conducted a land patrol at the Las Croabas Public Boat Ramp in Fajardo.\n\nThe drugs were found inside a vessel being removed from the water in Las Croabas, officials said.",
			map[string]EntityType{"Las Croabas": Place}},
	} {
		checkNames(t, c.text, c.want, nil)
	}
}
