package extract

import "testing"

// TestFullNamesElsewhere checks names_full_elsewhere.go: a name cut of the
// capitalised words that open its sentence is the name the article writes
// in full elsewhere, with its type; inside a sentence, or with no full name
// elsewhere, the cut stays.
func TestFullNamesElsewhere(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"cut at the opening, whole elsewhere", "The outage was blamed on Con Edison, the utility, on Monday. Con Edison officials said they had begun replacing the gas lines in Queens.",
			map[string]EntityType{"Con Edison": Organization}, []string{"Edison"}},
		{"no full name elsewhere", "Edison officials said they had begun replacing the gas lines in Queens.",
			nil, []string{"Con Edison"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
