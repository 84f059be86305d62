package extract

import "testing"

// TestPortfolioListPlaces: a title whose field is a list runs to its
// employer after "at" when the recogniser types the employer's name as a
// place's, as a title with one field does; a country after the list is no
// employer, nor a place after "for".
func TestPortfolioListPlaces(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Airlines\n\n“We are ready,” Maria Lopez, senior vice president of fleet, finances and alliances at Delta Air Lines, said in a statement.",
			want: []string{`Maria Lopez jobTitle "senior vice president of fleet, finances and alliances"`, "Maria Lopez affiliation Delta Air Lines"}},
		{text: "Airports\n\nIan Moss, director of operations and maintenance at Heathrow Airport, said flights resumed.",
			want: []string{`Ian Moss jobTitle "director of operations and maintenance"`, "Ian Moss affiliation Heathrow Airport"}},
		{text: "Planes\n\nAnn Cole, head of sales and marketing at Boeing, said orders rose.",
			want: []string{`Ann Cole jobTitle "head of sales and marketing"`, "Ann Cole affiliation Boeing"}},
		// a country: no employer
		{text: "Trade\n\nJim Hale, director of sales and marketing at France, said orders rose.",
			notWant: []string{"Jim Hale affiliation France"}},
		// a verb after the first field: the apposition ends there
		{text: "Banks\n\nSara Kent, head of research, said at Heathrow Airport that rates would fall.",
			notWant: []string{"Sara Kent affiliation Heathrow Airport"}},
	})
}
