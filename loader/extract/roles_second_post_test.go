package extract

import "testing"

// TestSecondPost: a second post joined by "and" to the first in an
// apposition, and no post read after a clause or another person.
func TestSecondPost(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Deficits\n\n“Everything else is squeezed,” said C. Eugene Steuerle, a fellow at the Urban Institute and a co-founder of the Urban-Brookings Tax Policy Center in Washington.",
			want: []string{`C. Eugene Steuerle jobTitle "co-founder"`, "C. Eugene Steuerle affiliation Urban-Brookings Tax Policy Center", "C. Eugene Steuerle affiliation Urban Institute"}},
		{text: "Music\n\nAlain Levy, chairman and chief executive of EMI Music, described the performance as disappointing.",
			want: []string{`Alain Levy jobTitle "chief executive"`, "Alain Levy affiliation EMI Music"}},
		{text: "Hunting\n\nJohn Cooper, a barrister and chairman of the League Against Cruel Sports, said the lobby expects prosecutions.",
			want: []string{`John Cooper jobTitle "chairman"`, "John Cooper affiliation League Against Cruel Sports"}},
		// a clause after the name is no first post
		{text: "Trip\n\nPresident Bush, speaking in Texas and the chairman of Acme Corp, said no.",
			notWant: []string{"Bush affiliation Acme Corp"}},
		// another person after "and"
		{text: "Board\n\nRichard Goeglein, president of Holiday Corp, and Phillip Matthews, chairman of Echelon Sports Corp, were nominated.",
			notWant: []string{"Richard Goeglein affiliation Echelon Sports Corp"}},
	})
}

// TestSecondPostAfterAge: an age or a degree between the name and the first
// post leaves the second post read ("Jan Lee, 44, is president and chief
// executive of"); a clause after "and" gives none.
func TestSecondPostAfterAge(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Board\n\nThe board met on Monday.\n\nMarta Quill, 44, is currently president and chief executive officer of Harlow Foods Inc, a grocer.",
			want: []string{`Marta Quill jobTitle "president"`, `Marta Quill jobTitle "chief executive officer"`, "Marta Quill affiliation Harlow Foods Inc"}},
		{text: "Board\n\nThe board met on Monday.\n\nHarlow Foods Inc said Marta Quill, 44, president and chief operating officer, will retire in May.",
			want: []string{`Marta Quill jobTitle "president"`, `Marta Quill jobTitle "chief operating officer"`}},
		{text: "Heart study\n\nThe trial ended on Monday.\n\nPaul Rowe, PhD, a professor at Mercy College and the director of the Northwind Trust, said so.",
			want: []string{`Paul Rowe jobTitle "director"`, "Paul Rowe affiliation Northwind Trust"}},
		{text: "Board\n\nThe board met on Monday.\n\nMarta Quill, 44, is president of Harlow Foods Inc and the company plans to grow.",
			notWant: []string{`Marta Quill jobTitle "company"`}},
	})
}
