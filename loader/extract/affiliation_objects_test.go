package extract

import "testing"

// TestNotABody: body mentions no one works for (issue 11, seed93-96
// affiliation): a nationality word, a chamber's side, a firm's name cut at a
// slash or after its first partner's comma or glued to the next sentence,
// a body after its city's possessive.
func TestNotABody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "The spokesman said Korean trade minister Rha Woong-Bae's stand in Washington yesterday underlined the government's determination to stand firm.",
			notWant: []string{"Rha Woong-Bae affiliation Korean"}},
		{text: "Gene Moos, aide to House Majority leader Tom Foley, predicted agriculture's share of budget cuts may exceed one billion dlrs.",
			notWant: []string{"Tom Foley affiliation House Majority"}},
		{text: "\"Last time there was a tremendous amount of stock sold,\" said Donaldson, Lufkin and Jenrette Inc analyst William Marcus.",
			notWant: []string{"William Marcus affiliation Lufkin and Jenrette Inc"}},
		{text: "The company said Lloyd G. Hallamore, San/Bar's director of corporate development, was paid 1,087,500 dlrs.",
			notWant: []string{"Lloyd G. Hallamore affiliation San"}},
		{text: "Capitol Bancorp said the CAP Mortgage interest was sold to Michael M. Bronstein, president of CAP Mortgage, and Robert Fox, president of Fox Properties Inc. Bronstein already held the other 20 pct of CAP Mortgage's stock.",
			notWant: []string{"Robert Fox affiliation Fox Properties Inc. Bronstein"}},
		{text: "\"Perhaps we are at the end of the beginning,\" said the editorial, signed by John Durant of Philadelphia's Chase Cancer Center.",
			notWant: []string{"John Durant affiliation Philadelphia's Chase Cancer Center"}},
		// kept: a party whose name ends in a side's word, a country's office
		{text: "Mr Blair and Liberal Democrat leader Charles Kennedy also gave their views during interviews.",
			want: []string{"Charles Kennedy affiliation Liberal Democrats"}},
		{text: "In Washington, U.S. Defence Secretary Caspar Weinberger said four U.S. Destroyers attacked an oil platform.",
			want: []string{"Caspar Weinberger affiliation United States"}},
	})
}
