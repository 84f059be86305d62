package extract

import "testing"

// TestCoordinatedTitles: two titles joined by "and" before the body, a
// body after "with", and the first title kept when the body does not close
// the apposition.
func TestCoordinatedTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Profits\n\nJohn Smith, the founder and CEO of Acme Corp, said profits rose.",
			want: []string{`John Smith jobTitle "founder and CEO"`, "John Smith affiliation Acme Corp"}},
		{text: "Profits\n\nRod Canion, president and chief executive officer of Compaq Computer Corp, said so.",
			want: []string{`Rod Canion jobTitle "president and chief executive officer"`, "Rod Canion affiliation Compaq Computer Corp"}},
		{text: "Profits\n\nNCR Corp is optimistic, Charles Exley, chairman and president, said.",
			want: []string{`Charles Exley jobTitle "chairman and president"`}},
		// no body's name after the second title: the first alone
		{text: "Bottlers\n\nThe company said Jim Stevens, who is also a Coca-Cola Enterprises vice president and president of its Mid-Atlantic affiliate, will succeed him.",
			want: []string{`Jim Stevens jobTitle "vice president"`, "Jim Stevens affiliation Coca-Cola Enterprises"}},
		{text: "Gas\n\n\"The impact would be small,\" said John Smith, an economist with Goldman Sachs.",
			want: []string{`John Smith jobTitle "economist"`, "John Smith affiliation Goldman Sachs"}},
		{text: "Law\n\nJohn Smith, a lawyer with 20 years of experience, said profits rose.",
			notWant: []string{`John Smith jobTitle "lawyer with 20 years"`}},
	})
}
