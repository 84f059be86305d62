package extract

import (
	"testing"
	"time"
)

// TestListPlaces checks names_list_places.go: a name read as a body in a
// list of places, or in a list of two under a place noun in the plural, is
// a place; a body's name after "the", a firm before its town's address, and
// a clause's subject after a town and its country stay bodies.
func TestListPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"three places", "Rice areas in Khon Kaen, Udon Thani and Mahasarakam were hit by drought.",
			map[string]EntityType{"Mahasarakam": Place, "Khon Kaen": Place}},
		{"hyphened town", "The licences cover the Charlotte, Asheville, Raleigh-Durham and Wilmington markets.",
			map[string]EntityType{"Raleigh-Durham": Place}},
		{"plural place noun after", "The relief convoys reached the Wollo and Sidamo regions.",
			map[string]EntityType{"Sidamo": Place}},
		{"body after the", "He met officials of the U.S., Japan, the European Community and Canada.",
			map[string]EntityType{"European Community": Organization}},
		{"firm and its address", "Biosensor Corp signed an agreement with Del Mar Avionics, Irvine, Calif., to market the system.",
			map[string]EntityType{"Del Mar Avionics": Organization}},
		{"town and country, then a clause", "O2 is testing a service in Oxford, UK, and Nokia begins tests in Finland.",
			map[string]EntityType{"Nokia": Organization}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}

// TestPluralPlaceNoun checks the plural place nouns that frame a list of
// two places.
func TestPluralPlaceNoun(t *testing.T) {
	for w, want := range map[string]bool{"regions": true, "ports": true, "counties": true, "cities": true, "provinces": true,
		"region": false, "companies": false, "banks": false} {
		if got := pluralPlaceNoun(w); got != want {
			t.Errorf("pluralPlaceNoun(%q) = %v, want %v", w, got, want)
		}
	}
}
