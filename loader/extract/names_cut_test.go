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

// TestPluralFirmOpener checks names_cut.go's pluralFirmOpener: a plural
// common noun opening a sentence before a firm's name that ends in a legal
// form is the firm's first word; not before a name with no legal form, nor
// before a person's name.
func TestPluralFirmOpener(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"a bank's plural first word", "Manufacturers Hanover Corp said it raised its prime rate to 7.75 pct from 7.50 pct.",
			map[string]EntityType{"Manufacturers Hanover Corp": Organization}, []string{"Hanover Corp"}},
		{"a trust's plural first word", "Manufacturers Hanover Trust Co said it would cut its lending rate on Monday.",
			map[string]EntityType{"Manufacturers Hanover Trust Co": Organization}, []string{"Hanover Trust Co"}},
		{"no legal form", "Officials in Hanover said the fair would open on Monday.",
			nil, []string{"Officials in Hanover"}},
		{"a person", "Shares rose after Chairman Tom Reed said the plan would work.",
			map[string]EntityType{"Tom Reed": Person}, []string{"Shares rose"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
