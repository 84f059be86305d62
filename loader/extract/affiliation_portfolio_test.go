package extract

import "testing"

// TestTitlePortfolio: the field of work after a title's head and "of" is
// no body (blind seed112); a body there is.
func TestTitlePortfolio(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Lawrence Garfinkel, ATT's Vice-President of Marketing Services, said the filing was useful.",
			notWant: []string{"Lawrence Garfinkel affiliation Marketing Services"}},
		{text: "Lawrence Garfinkel, Vice-President of Marketing Services at ATT, said the filing was useful.",
			notWant: []string{"Lawrence Garfinkel affiliation Marketing Services"}},
		{text: "John Smith, IBM's Director of Corporate Communications, said the filing was useful.",
			notWant: []string{"John Smith affiliation Corporate Communications"}},
		{text: "Pete Buckingham, head of Distribution and Exhibition at the council, said the plan was good.",
			notWant: []string{"Pete Buckingham affiliation Distribution and Exhibition"}},
		{text: "Eugene Mora, president of Victor Temporary Services, said the plan was good.",
			want: []string{"Eugene Mora affiliation Victor Temporary Services"}},
		{text: "Paul Dergarabedian, president of Exhibitor Relations, said the film did well.",
			want: []string{"Paul Dergarabedian affiliation Exhibitor Relations"}},
	})
}
