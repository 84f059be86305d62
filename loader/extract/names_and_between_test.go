package extract

import "testing"

// TestSplitBetween checks splitBetween: two firms after "between" are two
// names, a name with another "and" after it or a dictionary word for a half
// stays whole.
func TestSplitBetween(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"legal form", "The well was drilled under a production sharing contract between Pertamina and Japex North Sumatra Ltd, each having 50 pct shares.",
			map[string]EntityType{"Pertamina": Organization, "Japex North Sumatra Ltd": Organization}, []string{"Pertamina and Japex North Sumatra Ltd"}},
		{"venture", "The tour is a joint venture between Zorba Films and Cineplex Odeon Corp that is scheduled to open in 1989.",
			map[string]EntityType{"Cineplex Odeon Corp": Organization}, []string{"Zorba Films and Cineplex Odeon Corp"}},
		{"dictionary half", "He seeks an agreement similar to one struck between the U.K. Department of Trade and Industry, on the one hand, and the Securities and Investments Board.",
			map[string]EntityType{}, []string{"Industry"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
