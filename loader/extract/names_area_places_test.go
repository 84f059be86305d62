package extract

import "testing"

// TestAreaName checks the names areaPlaces reads as places.
func TestAreaName(t *testing.T) {
	for name, want := range map[string]bool{"Bay Area": true, "Tri-State Area": true, "Los Angeles Area": true,
		"Free Trade Area": false, "Area": false, "Sterling Area": false, "Area Health Authority": false} {
		if got := areaName(name); got != want {
			t.Errorf("areaName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestAreaPlaces checks areaPlaces on an article.
func TestAreaPlaces(t *testing.T) {
	checkNames(t, "A plan to bring a resort to the Bay Area is one step closer, Anna Kovacs said.",
		map[string]EntityType{"Bay Area": Place, "Anna Kovacs": Person}, nil)
}
