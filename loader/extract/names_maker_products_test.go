package extract

import "testing"

// TestMakerProducts checks names_maker_products.go: a name opening with its
// maker's name before a product's noun is no body (organization-seed351 row
// 37); the maker's name alone, a name the article writes as a body's, and a
// noun that modifies another stay.
func TestMakerProducts(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a program", "Other bot nets were used to abuse the Google Adsense program that rewards websites.",
			nil, []string{"Google Adsense"}},
		{"a car after its maker", "Ford said sales rose. Ford Canada said sales were boosted by its Ford Tempo car and Ford trucks.",
			map[string]EntityType{"Ford Canada": Organization}, []string{"Ford Tempo"}},
		{"a modifier", "The United States complained that European governments subsidise the Airbus Industrie aircraft consortium.",
			map[string]EntityType{"Airbus Industrie": Organization}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
