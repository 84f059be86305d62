package extract

import "testing"

// TestPossessivePlaces checks names_possessive_places.go: an owner's
// possessive and a place word are one place's name; not after a known
// place or a person the article names in full.
func TestPossessivePlaces(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"island", "New trenches are being dug on Hart's Island for possible mass burials.",
			map[string]EntityType{"Hart's Island": Place}, []string{"Hart", "Island"}},
		{"a known place owns it", "Visitors to Canada's Park service sites rose this year.",
			map[string]EntityType{"Canada": Country}, []string{"Canada's Park"}},
		{"a person named in full", "Senator Gary Hart spoke. Hart's Park plan was dropped on Monday.",
			map[string]EntityType{"Gary Hart": Person}, []string{"Hart's Park"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
