package extract

import "testing"

// TestJoinPlaceAndFirms checks names_place_and_firms.go: a town, "and" and
// a firm's name with a legal form are one firm's name; a town after a
// comma, a preposition of place or "of" after a firm's name is the seat of
// a firm in a list and stays a place.
func TestJoinPlaceAndFirms(t *testing.T) {
	tests := []struct {
		name, text string
		pieces     []piece
		want, not  []string
	}{
		{"opening the sentence", "Zorbton and Qwerty Valley Railway Co said it raised fares.",
			[]piece{{"Zorbton", City}, {"Qwerty Valley Railway Co", Organization}}, []string{"Zorbton and Qwerty Valley Railway Co"}, []string{"Qwerty Valley Railway Co"}},
		{"after a common noun's of", "A unit of Zorbton and Qwerty Lumber Co was sold.",
			[]piece{{"Zorbton", Place}, {"Qwerty Lumber Co", Organization}}, []string{"Zorbton and Qwerty Lumber Co"}, []string{"Qwerty Lumber Co"}},
		{"seat of a firm in a list", "It sold Acme Tool SA of Zorbton and Qwerty Steel Corp.",
			[]piece{{"Acme Tool SA", Organization}, {"Zorbton", City}, {"Qwerty Steel Corp", Organization}}, []string{"Qwerty Steel Corp"}, []string{"Zorbton and Qwerty Steel Corp"}},
		{"after a comma", "It has plants in Lyon, Zorbton and Qwerty Steel Corp owns them.",
			[]piece{{"Zorbton", City}, {"Qwerty Steel Corp", Organization}}, []string{"Qwerty Steel Corp"}, []string{"Zorbton and Qwerty Steel Corp"}},
		{"after a preposition of place", "Offices in Zorbton and Qwerty Steel Corp were closed.",
			[]piece{{"Zorbton", City}, {"Qwerty Steel Corp", Organization}}, []string{"Qwerty Steel Corp"}, []string{"Zorbton and Qwerty Steel Corp"}},
		{"country stays", "Zorbland and Qwerty Steel Corp signed a deal.",
			[]piece{{"Zorbland", Country}, {"Qwerty Steel Corp", Organization}}, []string{"Qwerty Steel Corp"}, []string{"Zorbland and Qwerty Steel Corp"}},
		{"acronym opens the second half", "Zorbton and QZX Cable Investors Inc are partners.",
			[]piece{{"Zorbton", City}, {"QZX Cable Investors Inc", Organization}}, []string{"QZX Cable Investors Inc"}, []string{"Zorbton and QZX Cable Investors Inc"}},
		{"two towns' exchanges", "The deal needs the approval of the Zorbton and Qwerty Stock Exchange.",
			[]piece{{"Zorbton", City}, {"Qwerty Stock Exchange", Organization}}, []string{"Qwerty Stock Exchange"}, []string{"Zorbton and Qwerty Stock Exchange"}},
		{"no legal form", "Zorbton and Qwerty Valley said it raised fares.",
			[]piece{{"Zorbton", City}, {"Qwerty Valley", Organization}}, []string{"Qwerty Valley"}, []string{"Zorbton and Qwerty Valley"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPiecesRule(t, tt.text, tt.pieces, (*extractor).joinPlaceAndFirms, tt.want, tt.not)
		})
	}
}
