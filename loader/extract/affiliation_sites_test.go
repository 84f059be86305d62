package extract

import "testing"

// TestSitesPartnersAmbiguousDemonyms: a field a firm operates, a partner
// the commas of a firm's name cut, two bands glued by "former A and B" and
// a national adjective of two states are no affiliation (affiliation-seed129
// rows 29, 35, 37, 38).
func TestSitesPartnersAmbiguousDemonyms(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Norsk Hydro, operator of the Oseberg field, said test output at the field totalled 1,719 bpd last month.",
			notWant: []string{"Norsk Hydro affiliation Oseberg"}},
		{text: "\"It's a step in the right direction,\" said stock futures analysts William Marcus of Donaldson, Lufkin, Jenrette Inc today.",
			want:    []string{"William Marcus affiliation Donaldson, Lufkin, Jenrette Inc"},
			notWant: []string{"William Marcus affiliation Donaldson", "William Marcus affiliation Lufkin"}},
		{text: "\"Fine,\" said Jack Smith of Smith Barney, Harris Upham and Co today.",
			want: []string{"Jack Smith affiliation Smith Barney, Harris Upham and Co"}},
		{text: "The remaining members of rock band Queen are to go on tour next year with former Free and Bad Company singer Paul Rodgers taking Freddie Mercury's place.",
			notWant: []string{"Paul Rodgers affiliation Free and Bad Company"}},
		{text: "\"Even if African countries want to pay their debts they will not be able to,\" Congolese president Sassou-Nguesso told a news conference.",
			notWant: []string{"Sassou-Nguesso affiliation Democratic Republic of the Congo"}},
		{text: "Congolese president Sassou-Nguesso spoke in Brazzaville.\n\nThe Republic of the Congo exports oil.",
			want: []string{"Sassou-Nguesso affiliation Republic of the Congo"}},
	})
}
