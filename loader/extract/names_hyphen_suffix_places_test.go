package extract

import "testing"

// TestSuffixHyphenPlaces: a place no gazetteer knows, ended by a place's
// word and hyphenated to "based", locates the body after it; so does a
// known place of two words or more ("Los Angeles-based"). A capitalised
// word glued to the place's word, or a common word before it, names no
// place.
func TestSuffixHyphenPlaces(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Fish\n\n\"I was shocked,\" said Tyler Besecker, president of Mercer Island-based Dana F. Besecker Company, the largest buyer.",
			want: []string{"Dana F. Besecker Company location Mercer Island", "Tyler Besecker affiliation Dana F. Besecker Company"}},
		{text: "Deal\n\nThe merger of Los Angeles-based Security Pacific Corp and Seattle's Rainier Bancorporation was approved.",
			want: []string{"Security Pacific Corp location Los Angeles"}},
		{text: "Oil\n\nHong Kong-based Enim Oil is contracted to spend 120 mln dlrs.",
			want: []string{"Enim Oil location Hong Kong"}},
		{text: "Fish\n\nThe fish was bought by an island-based Qwerty Holdings last week.",
			notWant: []string{"Qwerty Holdings location island"}},
	})
}
