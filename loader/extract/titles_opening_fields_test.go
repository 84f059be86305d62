package extract

import "testing"

// TestOpeningFieldTitles: a capitalised field of work (data/portfolioNouns.txt)
// opening a sentence before a lower-case title head and a name stays in the
// title; a describing word there ("Veteran") and a field that is no
// portfolio noun are still cut off.
func TestOpeningFieldTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Cargo\n\nExport director Paulo Reis said the cargo was refused.",
			want:    []string{`Paulo Reis jobTitle "Export director"`},
			notWant: []string{`Paulo Reis jobTitle "director"`}},
		{text: "Spending\n\nResearch director Mark Hale said the lab would grow.",
			want: []string{`Mark Hale jobTitle "Research director"`}},
		{text: "Plant\n\nProduction manager Ana Torres said the plant would close.",
			want: []string{`Ana Torres jobTitle "Production manager"`}},
		{text: "Vote\n\nVeteran politician Ana Torres said the vote was lost.",
			want:    []string{`Ana Torres jobTitle "politician"`},
			notWant: []string{`Ana Torres jobTitle "Veteran politician"`}},
	})
}
