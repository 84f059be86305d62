package extract

import (
	"testing"
)

// TestNameOpener checks names_cut.go by mechanism: a capitalised word inside
// a sentence right before a body's or a place's name opens it (and a place
// so opened that no gazetteer knows is a body), but not a title's modifier,
// a word hyphenated to a lower-case one, a country's name, a letter or a
// Roman numeral, nor a person's name.
func TestNameOpener(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a club's first word", "The striker has been linked with Portuguese giants Sporting Lisbon and Benfica.",
			map[string]EntityType{"Sporting Lisbon": Organization}, []string{"Lisbon"}},
		{"a bank's first word", "Shares rose, said Chemical Hanover Futures analyst Tom Reed, adding that demand was weak.",
			map[string]EntityType{"Chemical Hanover Futures": Organization}, []string{"Hanover"}},
		{"hyphenated to a lower-case word", "The shares of Chicago-based Ameritech rose on Monday, traders said.",
			nil, []string{"Chicago-based Ameritech"}},
		{"a country", "The minister said the campaign for Broadband Britain would cost little.",
			map[string]EntityType{"United Kingdom": Country}, []string{"Broadband Britain"}},
		{"a letter", "The company said it would sell its Class B shares and the Series C notes to Norwest Corp.",
			nil, []string{"Class B", "Series C"}},
		{"a title's modifier", "The deal was approved by former Chairman Tom Reed of Norwest Corp on Monday.",
			map[string]EntityType{"Tom Reed": Person}, []string{"Chairman Tom Reed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
