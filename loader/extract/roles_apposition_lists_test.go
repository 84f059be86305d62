package extract

import "testing"

// TestListNotApposition: a comma after a name opening a list of subjects
// gives the name no title of the list's next item (blind seed112).
func TestListNotApposition(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Burton Bongard quit as president of Home State Savings Bank.\n\nBongard, a second former president and the bank's owner were charged with 82 counts of misapplying the bank's funds.",
			notWant: []string{`Burton Bongard jobTitle "second former president"`}},
		{text: "John Smith, a former director and the company's chairman were charged with fraud.",
			notWant: []string{`John Smith jobTitle "former director"`}},
		{text: "John Smith, a former director and the company's chairman, was charged with fraud.",
			want: []string{`John Smith jobTitle "former director"`}},
		{text: "John Smith, a former director and Acme Corp's chairman, said the plan was good.",
			want: []string{`John Smith jobTitle "former director"`}},
	})
}
