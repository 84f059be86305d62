package extract

import "testing"

// TestJoinAndTails checks names_and_tails.go: a name that is one common
// noun and a legal form right after "and" takes the capitalised words
// before the "and", also over a name read there and after a bank; not a
// place's or a person's name, nor a firm's legal name, before the "and".
func TestJoinAndTails(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"after a bank", "Smith Corp said its First National Bank and Trust Co of Washington unit will merge with Jones Inc.",
			map[string]EntityType{"First National Bank and Trust Co of Washington": Organization}, []string{"Trust Co of Washington"}},
		{"over a name", "American Telephone and Telegraph Co said it will cut prices.",
			map[string]EntityType{"American Telephone and Telegraph Co": Organization}, []string{"Telegraph Co", "American Telephone"}},
		{"a savings and loan", "American Savings and Loan Association of Florida said Knoll International agreed to buy it.",
			map[string]EntityType{"American Savings and Loan Association of Florida": Organization}, []string{"Loan Association of Florida"}},
		{"not a place", "SunTrust Banks said that Sun Banks in Florida and Trust Co banks in Georgia have raised their prime rate.",
			nil, []string{"Florida and Trust Co"}},
		{"a place's word opening a firm", "Gulf and Western Inc said it sold its publishing unit.",
			map[string]EntityType{"Gulf and Western Inc": Organization}, []string{"Western Inc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
