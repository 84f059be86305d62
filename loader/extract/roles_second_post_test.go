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
