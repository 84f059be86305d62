package extract

import "testing"

// TestBodiesOfAnd checks names_of_and.go: a "HEAD of/for X" body goes on
// over an adjective and over "and" to common words; not over "and" to a
// second body or after a place.
func TestBodiesOfAnd(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"over an adjective", "Charles Schultze, chairman of the Council of Economic Advisers in the Carter administration, once summed it up.",
			map[string]EntityType{"Council of Economic Advisers": Organization}, []string{"Council of Economic"}},
		{"over and", "She's the director of the Center for Food and Allergy Research at the institute in Melbourne, Australia.",
			map[string]EntityType{"Center for Food and Allergy Research": Organization}, []string{"Center for Food", "Allergy Research"}},
		{"not after a place", "A spokesman for the Bank of Japan and Finance Ministry officials declined to comment.",
			nil, []string{"Bank of Japan and Finance Ministry officials"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
