package extract

import "testing"

// TestOfLists checks that a comma list of common nouns after a "HEAD of X"
// body goes on with its name, and that a list of names or places does not.
func TestOfLists(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a list of subjects", "The American Academy of Allergy, Asthma and Immunology said on Monday that pollen counts were rising.",
			map[string]EntityType{"American Academy of Allergy, Asthma and Immunology": Organization}, []string{"American Academy of Allergy", "Asthma", "Immunology"}},
		{"the serial comma", "The Ministry of Agriculture, Fisheries, and Food said on Monday that prices rose.",
			map[string]EntityType{"Ministry of Agriculture, Fisheries, and Food": Organization}, nil},
		{"a list of places", "The Bank of England, London and Paris were named in the report on Monday.",
			map[string]EntityType{"Bank of England": Organization, "London": Place, "Paris": Place}, nil},
		{"a list of firms", "The Ministry of Defence, Boeing and Lockheed signed the contract on Monday.",
			map[string]EntityType{"Ministry of Defence": Organization, "Boeing": Organization, "Lockheed": Organization}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
