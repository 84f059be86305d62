package extract

import "testing"

// TestWholeKnownPlaces checks names_whole_places.go: a place the gazetteer
// knows by a name with a word in lower case is one place where the
// recogniser read its capitalised words apart; a body's name that goes on
// over it stays the body's.
func TestWholeKnownPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"es", "The government was diverting mineral exports along rail routes to Dar es Salaam in Tanzania.",
			map[string]EntityType{"Dar es Salaam": City}, []string{"Salaam", "Dar"}},
		{"do", "Wet weather covered Rio Grande do Sul, Brazil in the week ended March 14.",
			nil, []string{"Rio Grande", "Sul"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
