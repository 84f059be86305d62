package extract

import "testing"

// TestChamberNames checks names_chamber_pairs.go and the chambers' rules of
// bodies_known_short.go and entities.go: two chambers joined by "and" are
// two bodies; "the Senate" beside one of its committees, and "the House"
// beside the White House, is the chamber; "the House" after the chamber's
// full name is that chamber.
func TestChamberNames(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		// two chambers read as one name
		{"Similar bills have been filed in both the House and Senate, U.S. officials said.",
			map[string]EntityType{"House": Organization, "Senate": Organization}, []string{"House and Senate"}},
		{"The measure must still clear the Senate and House before Reagan can sign it.",
			map[string]EntityType{"House": Organization, "Senate": Organization}, []string{"Senate and House"}},
		// a committee of the chamber is not the chamber
		{"The Senate Finance Committee approved the bill on Tuesday. It now goes to the full Senate, where the vote will be close, U.S. aides said.",
			map[string]EntityType{"Senate Finance Committee": Organization, "Senate": Organization}, nil},
		// the White House is no chamber
		{"The aide refused to testify before a House committee on White House control of the agency. The House Government Operations Committee will meet again on Friday.",
			map[string]EntityType{"White House": Organization, "House": Organization, "House Government Operations Committee": Organization}, nil},
		// after the chamber's full name, the word alone names it again
		{"The House of Commons debated the bill on Monday. The House voted 300 to 200 for it.",
			map[string]EntityType{"House of Commons": Organization}, []string{"House"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}

// TestChamberOrganTitles: a chamber's word that opens a title naming one
// of its organs is that organ's short name; before a party's title it is
// the chamber.
func TestChamberOrganTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Budget\n\nThe Senate Budget Committee missed its deadline, U.S. aides said. Senate Budget Chairman Tom Avery said the plan was late.",
			want: []string{"Tom Avery affiliation Senate Budget Committee"}, notWant: []string{"Tom Avery affiliation Senate"}},
		{text: "Trade\n\nThe Senate Finance Committee met on Monday, U.S. aides said. Senate Republican leader Tom Avery said the bill would pass.",
			want: []string{"Tom Avery affiliation Senate"}, notWant: []string{"Tom Avery affiliation Senate Finance Committee"}},
	})
}
