package extract

import "testing"

// TestCommonPhrases checks dropCommonPhrases by mechanism: a name of common
// words the page also writes in lower case is no name; one with a body's
// head, one the page never writes in lower case, and a one-word name written
// with its capital as often as without stay.
func TestCommonPhrases(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a dish the page writes in lower case", "I baked a cake with Swiss Meringue Frosting on top for Anna Kovacs. Swiss meringue frosting takes time, and this frosting is easy.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"Swiss Meringue Frosting", "Meringue Frosting"}},
		{"a place of the game written in lower case", "Penny arrives back at the Farmhouse at 8 PM. The farmhouse is small. She cleans the farmhouse and leaves the farmhouse at noon.",
			nil, []string{"Farmhouse"}},
		{"a body's head stays", "The National Bank of Sealand raised rates on Monday, the bank said. National policy and bank rates were discussed.",
			map[string]EntityType{"National Bank of Sealand": Organization}, nil},
		{"never in lower case", "The Chemical Brothers won a Grammy on Sunday, the duo's label said in London.",
			map[string]EntityType{"Chemical Brothers": Organization}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
