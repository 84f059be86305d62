package extract

import (
	"testing"
	"time"
)

// TestCuedWorkPlaces checks dropCuedWorkPlaces: a name read as a place just
// after a work's or vessel's noun is no place (a thing when no gazetteer
// knows it, no mention when one does, where it is cued); a place the
// gazetteer knows stays a place where the article writes it as one, and a
// place after no such noun stays.
func TestCuedWorkPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		notPlace   []string
		places     []string
	}{
		{"a vessel named like a town", "U.S. warships began escorting the 80,000 ton product carrier Harbor Vale and the tanker Gas Queen southward from Kuwait.",
			[]string{"Harbor Vale"}, []string{"Kuwait"}},
		{"a fixture's vessel named like a state", "Citgo took West Virginia 62,000 tons dirty April 9 Caribbean to U.S. Gulf worldscale 63.",
			[]string{"West Virginia"}, nil},
		{"a known place elsewhere in the article stays", "Citgo took West Virginia 62,000 tons dirty April 9 Caribbean to U.S. Gulf worldscale 63. Coal output in West Virginia rose.",
			nil, []string{"West Virginia"}},
		{"a place after a noun of no work stays", "The tanker was hit off Kuwait, and the ship sailed to Bahrain.",
			nil, []string{"Kuwait", "Bahrain"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract("Headline\n\n"+tt.text, time.Time{})
			got := map[string]EntityType{}
			for _, e := range doc.Entities {
				got[e.Name] = e.Type
			}
			for _, n := range tt.notPlace {
				if typ, ok := got[n]; ok && sameClass(typ, Place) {
					t.Errorf("%q: %q typed %v, want no place; all %v", tt.text, n, typ, got)
				}
			}
			for _, n := range tt.places {
				if typ, ok := got[n]; !ok || !sameClass(typ, Place) {
					t.Errorf("%q: %q typed %v (found %v), want a place; all %v", tt.text, n, typ, ok, got)
				}
			}
		})
	}
}
