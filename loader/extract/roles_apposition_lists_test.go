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

// TestTitleOfNextPersonNotApposition: in a list of a board's members, the
// titles between a comma and the next name are that name's ("president and
// chief operating officer James Hill"), not an apposition of the name
// before the comma.
func TestTitleOfNextPersonNotApposition(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Acme Corp said its board now has chairman and chief executive Robert Lane, president and chief operating officer James Hill and senior vice president Mary Stone.",
			want:    []string{`Robert Lane jobTitle "chairman and chief executive"`, `James Hill jobTitle "president"`, `James Hill jobTitle "chief operating officer"`, `Mary Stone jobTitle "senior vice president"`},
			notWant: []string{`Robert Lane jobTitle "president"`}},
		{text: "Acme Corp named Robert Lane, president and chief executive, to the board.",
			want: []string{`Robert Lane jobTitle "president"`}},
		{text: "The talks were led by Robert Lane, president and a director of Acme Corp.",
			want: []string{`Robert Lane jobTitle "president"`}},
	})
}

// TestChiefAfterBody: "chief" between a body's name and a person's is the
// person's title, however the tagger reads it.
func TestChiefAfterBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Rates rose.\n\nNorthfield Bank chief Kit Adams said rates would fall.",
			want: []string{`Kit Adams jobTitle "chief"`, `Kit Adams affiliation Northfield Bank`}},
		{text: "He said the Acme Group chief Brian Stone agreed.",
			want: []string{`Brian Stone jobTitle "chief"`, `Brian Stone affiliation Acme Group`}},
		{text: "He said the chief Brian Stone agreed.",
			notWant: []string{`Brian Stone jobTitle "chief"`}},
	})
}
