package extract

import "testing"

// TestCommaPartners checks names_comma_partners.go by mechanism (organisation
// nodes seed322 of the full store of 893163c: "Lufkin", "Ondaatje"): a
// partnership whose partners a comma lists is one firm, also after a list's
// firm and with its "Securities", "Sons" or "Associates"; the partners
// written again without the legal form are that firm; a list of places, of
// firms the article names alone, or with a second "and" stays a list.
func TestCommaPartners(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"partners and a trade before the legal form", "Before joining the Treasury, Gould headed Donaldson, Lufkin and Jenrette Securities Corp.",
			map[string]EntityType{"Donaldson, Lufkin and Jenrette Securities Corp": Organization}, []string{"Lufkin", "Jenrette Securities Corp"}},
		{"three partners after a list's firm", "Underwriters are Merrill Lynch Canada Inc, Loewen, Ondaatje, McCutcheon and Co Ltd, Burns Fry Ltd and Dominion Securities, it said.",
			map[string]EntityType{"Merrill Lynch Canada Inc": Organization, "Loewen, Ondaatje, McCutcheon and Co Ltd": Organization}, []string{"Ondaatje", "Loewen"}},
		{"the first partner of two words", "The unit is Merrill Lynch, Pierce, Fenner and Smith Inc, it said.",
			map[string]EntityType{"Merrill Lynch, Pierce, Fenner and Smith Inc": Organization}, []string{"Fenner and Smith Inc"}},
		{"sons", "The offering is managed by Alex, Brown and Sons Inc, the company said.",
			map[string]EntityType{"Alex, Brown and Sons Inc": Organization}, []string{"Alex"}},
		{"the partners again", "Mindscape agreed to buy the software unit of Holt, Rinehart and Winston Inc, a subsidiary of Harcourt. The division had been purchased by Holt, Rinehart from CBS.",
			map[string]EntityType{"Holt, Rinehart and Winston Inc": Organization}, []string{"Holt", "Rinehart", "Holt, Rinehart"}},
		{"a place and its state", "The company is based in Sunnyvale, Calif., and LSI Logic Corp owns it.",
			map[string]EntityType{"LSI Logic Corp": Organization}, []string{"Sunnyvale, Calif., and LSI Logic Corp"}},
		{"a town and its country", "It has plants in Milan, Italy, and ARCO Seed Co will buy them.",
			map[string]EntityType{"ARCO Seed Co": Organization}, []string{"Milan, Italy, and ARCO Seed Co"}},
		{"three partners after the first's initials, no and", "The offering is managed by R.J. Tallow, Quarry, Marsh Inc, the company said.",
			map[string]EntityType{"R.J. Tallow, Quarry, Marsh Inc": Organization}, []string{"Quarry", "Marsh Inc", "Tallow"}},
		{"initials, no and, and another firm after", "Underwriters are R.J. Tallow, Quarry, Marsh Inc and Boyle Securities Inc.",
			map[string]EntityType{"R.J. Tallow, Quarry, Marsh Inc": Organization, "Boyle Securities Inc.": Organization}, []string{"Quarry", "Marsh Inc"}},
		{"initials before two partners and an and", "Shares were placed with P.K. Tallow, Quarry and Co, a broker.",
			map[string]EntityType{"P.K. Tallow, Quarry and Co": Organization}, []string{"Quarry and Co", "Tallow, Quarry and Co"}},
		{"no initials, no cue: a list", "Buyers in Tallow, Quarry, Marsh Inc rose.",
			nil, []string{"Tallow, Quarry, Marsh Inc"}},
		{"a partner the article names alone", "Shares of Exxon, Mobil and Texaco Inc rose. Mobil said it was pleased.",
			nil, []string{"Exxon, Mobil and Texaco Inc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}

// TestLegalDotQuote: a body's legal form written with its dot before a quote
// the segmenter left in the sentence closes the apposition of its title.
func TestLegalDotQuote(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "ChemLawn\n\n\"I think they will resist it,\" said Elliott Schlang, analyst at Prescott, Ball and Turben Inc. \"Any company would.\"",
			want: []string{`Elliott Schlang jobTitle "analyst"`, "Elliott Schlang affiliation Prescott, Ball and Turben Inc."}},
		{text: "ChemLawn\n\n\"I think they will resist it,\" said Elliott Schlang, analyst at Dillon, Read and Co Inc. \"Any company would.\"",
			want: []string{`Elliott Schlang jobTitle "analyst"`, "Elliott Schlang affiliation Dillon, Read and Co Inc."}},
	})
}
