package extract

import (
	"testing"
	"time"
)

// TestPluralHeadPlaces checks names_shared_plural_heads.go by mechanism:
// names listed before a plural place word they share are each a place
// named with the word in the singular, whether the recogniser read the
// last name with the plural or the whole list as one name; a surname
// shared by two people, a plural word inside a longer name and a plural
// with no list before it stay as they were.
func TestPluralHeadPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"two counties", "Rain delayed the harvest in Lindhurst and Cobble Counties on Monday, the state said.",
			map[string]EntityType{"Lindhurst County": Place, "Cobble County": Place, "Cobble Counties": Other, "Lindhurst": Other}},
		{"three counties", "Growers in Ashgrove, Penmore and Tillbury Counties lost most of their crop, officials said.",
			map[string]EntityType{"Ashgrove County": Place, "Penmore County": Place, "Tillbury County": Place, "Tillbury Counties": Other}},
		{"two rivers", "Flood warnings stayed in force along the Kessel and Dunmore Rivers through the weekend.",
			map[string]EntityType{"Kessel River": Place, "Dunmore River": Place, "Dunmore Rivers": Other, "Kessel and Dunmore Rivers": Other}},
		{"two provinces", "The company will drill in Varna and Ostrel Provinces next year, its chairman said.",
			map[string]EntityType{"Varna Province": Place, "Ostrel Province": Place}},
		{"surname of two people", "The award went to Carla and Dennis Rivers, who run a bakery in Ohio.",
			map[string]EntityType{"Carla River": Other, "Dennis River": Other}},
		{"plural inside a name", "Three Falls Rivers Electric Corp raised its rates on Tuesday.",
			map[string]EntityType{"Three Falls River": Other}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}

// TestEndsInPlaceWord checks that a name already ending in a shared
// place word in the singular is told from one that does not.
func TestEndsInPlaceWord(t *testing.T) {
	for name, want := range map[string]bool{"Orange County": true, "Red River": true, "Orange": false, "Countyline": false, "Rivers": false} {
		if got := endsInPlaceWord(name); got != want {
			t.Errorf("endsInPlaceWord(%q) = %v, want %v", name, got, want)
		}
	}
}
