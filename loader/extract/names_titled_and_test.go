package extract

import "testing"

// TestTitledAnd checks names_titled_and.go: a titled person and the next
// person's body joined by "and" are two names; a firm's legal name stays
// whole.
func TestTitledAnd(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"titled person and a body", "He will meet Bank of England governor Robin Leigh-Pemberton and World Bank president Barber Conable on Friday.",
			map[string]EntityType{"Robin Leigh-Pemberton": Person, "World Bank": Organization, "Barber Conable": Person},
			[]string{"Robin Leigh-Pemberton and World Bank"}},
		{"a known body after and", "Brady will see Citicorp chairman John Reed and International Monetary Fund managing director Michel Camdessus on Friday.",
			map[string]EntityType{"John Reed": Person, "International Monetary Fund": Organization}, []string{"John Reed and International Monetary Fund"}},
		{"a firm's legal name stays whole", "The offering is led by underwriter Morgan Stanley and Co Inc, the company said.",
			map[string]EntityType{"Morgan Stanley and Co Inc": Organization}, []string{"Morgan Stanley", "Co Inc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
