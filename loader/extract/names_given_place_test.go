package extract

import (
	"testing"
	"time"
)

// TestGivenPlacePeople checks names_given_place.go: a name of a given name
// that is also a place's and a surname the article writes alone is a
// person's, but not one whose last word is a common noun's plural.
func TestGivenPlacePeople(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"surname alone later", "What artist living or dead would you most like to show or work with?\n\nAfter seeing \u201cbetween a whisper and a cry\u201d at the ICA LA, Alberta Whittle is on the top of my list. That was one of the most inspiring exhibitions I\u2019ve seen in a while. It was so incredibly profound to see a Caribbean artist collapse time and present the \u201cghosts of colonialism\u201d with imagery of hurricanes. Whittle tackles many themes I\u2019m interested in and presents them in such an honest, poignant, and complex way.",
			map[string]EntityType{"Alberta Whittle": Person}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}

// TestGivenPlaceCommonPlural checks that "Florida Temples" (an orange),
// whose last word is a common noun's plural, is no person's name.
func TestGivenPlaceCommonPlural(t *testing.T) {
	text := "Florida Temples -- 3,400,000 boxes, vs 3,400,000 last month.\n\nFlorida oranges (excluding Temples) -- 122,900,000 boxes."
	for _, e := range Extract("Headline\n\n"+text, time.Time{}).Entities {
		if e.Type == Person {
			t.Errorf("%q: %q typed a person", text, e.Name)
		}
	}
}
