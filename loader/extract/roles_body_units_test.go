package extract

import "testing"

// TestUnitAfterPossessive: an apposition's body with a unit after its
// possessive gives the title and the body; a curly apostrophe after a name
// ending in "s" is a possessive as the straight one is.
func TestUnitAfterPossessive(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Medicine\n\nKai Lim, an assistant professor at Yale University's School of Medicine, said so.",
			want: []string{`Kai Lim jobTitle "assistant professor"`, "Kai Lim affiliation Yale University"}},
		{text: "Trade\n\nDan Cole, chairman of the Ontario Parliament's Select Committee on Economic Affairs, said so.",
			want: []string{`Dan Cole jobTitle "chairman"`, "Dan Cole affiliation Ontario Parliament"}},
		// no name after the possessive: another body's post
		{text: "Trade\n\nOle Hart, president of Acme Foods' rival, said so.",
			notWant: []string{"Ole Hart affiliation Acme Foods"}},
		{text: "Banks\n\nAnn Nolan, Goldman Sachs’ chief operating officer, said so.",
			want: []string{`Ann Nolan jobTitle "chief operating officer"`, "Ann Nolan affiliation Goldman Sachs"}},
		{text: "Food\n\nFinn Cole, Acme Foods’ head of product, said so.",
			want: []string{`Finn Cole jobTitle "head of product"`, "Finn Cole affiliation Acme Foods"}},
	})
}
