package extract

import "testing"

// TestCutAtBrackets checks names_bracket_cut.go: no name joins a Reuters
// bracketed name to the next at "and" or a comma (organization-seed351 row
// 22, organization-seed330 row 46).
func TestCutAtBrackets(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a bracketed name and a firm", "The company said the shares were previously held by <Consolidated Energy Corp> and Harken Oil and Gas Inc <HOGI>.",
			map[string]EntityType{"Consolidated Energy Corp": Organization, "Harken Oil and Gas Inc": Organization}, []string{"Energy Corp> and Harken Oil"}},
		{"a list of agents", "<Federal Industries Ltd> said it introduced a commercial paper program through agents <Bank of Montreal>, <Dominion Securities Inc> and Wood Gundy Inc.",
			map[string]EntityType{"Dominion Securities Inc": Organization, "Wood Gundy Inc.": Organization}, []string{"Securities Inc> and Wood Gundy Inc."}},
		{"a unit after its owner's ticker", "Tandy Brands also said it completed a new two year credit agreement with Citicorp's <CCI> Citibank.",
			map[string]EntityType{"Citibank": Organization}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
