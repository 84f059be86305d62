package extract

import (
	"testing"
)

// TestPossessiveTitles checks names_possessive.go: a class of people's
// possessive and the capitalised words after it are one body's name; a
// firm's possessive ("Time's") is not joined.
func TestPossessiveTitles(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"magazines", "The singer spoke to Woman’s Weekly in 2013, and Alley spoke to Women’s Health magazine that year.",
			map[string]EntityType{"Woman’s Weekly": Organization, "Women’s Health": Organization}, []string{"Weekly", "Health", "Women"}},
		{"a name before the class noun", "She directs the Center for Food and Allergy Research at the Murdoch Children’s Research Institute in Melbourne.",
			map[string]EntityType{"Murdoch Children’s Research Institute": Organization}, []string{"Murdoch Children", "Research Institute"}},
		{"a firm's possessive", "Shares of Time Inc rose after Time's Home Box Office signed the deal.",
			nil, []string{"Time's Home Box Office"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
