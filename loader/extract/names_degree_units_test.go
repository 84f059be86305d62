package extract

import "testing"

// TestDegreeUnits checks dropDegreeUnits on articles: the scale after
// "degrees" goes, the places around it stay.
func TestDegreeUnits(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"celsius", "Cheorwon in Gangwon Province recorded negative six degrees Celsius in the morning, the Korea Meteorological Administration said.",
			map[string]EntityType{"Korea Meteorological Administration": Organization}, []string{"Celsius"}},
		{"fahrenheit", "Temperatures in Phoenix reached 118 degrees Fahrenheit on Sunday, Anna Kovacs said.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"Fahrenheit"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
