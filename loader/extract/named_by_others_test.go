package extract

import (
	"slices"
	"testing"
	"time"
)

// TestCuedPlacesNoSurname checks named_by_others.go's cuedPlaces: a
// one-word name the article shows is a place ("the city of Brookhaven")
// stays a place where a person's name read elsewhere ends in it ("ARIUM
// Brookhaven", an apartment block the recogniser read as a person).
func TestCuedPlacesNoSurname(t *testing.T) {
	text := "Dresden Drive is closed between Ellijay Drive and Apple Valley Road due to a gas leak, Brookhaven Police Department reported at 1:30 p.m. on Nov. 8.\n\nThe gas leak may have been caused by nearby construction, but BPD was unable to confirm details. The city of Brookhaven is building its new city hall two blocks from the closure at the Brookhaven/Oglethorpe MARTA station on Peachtree Road. A large construction site is also underway on Dresden Road at Brookhaven Village.\n\nThe area is densely populated with apartment buildings including ARIUM Brookhaven and @1377 Apartments."
	doc := Extract("Brookhaven Village closed due to gas leak\n\n"+text, time.Time{})
	for _, e := range doc.Entities {
		if e.Type == Person && slices.Contains(append([]string{e.Name}, e.Aliases...), "Brookhaven") {
			t.Errorf("%q: Brookhaven is a name of the person %q", text, e.Name)
		}
	}
}
