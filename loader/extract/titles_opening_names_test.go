package extract

import "testing"

// TestOpeningNameRestNoTitle: the capitalised words after a dropped
// sentence-initial word, before a lower-case title, are the rest of that
// name, no words of the post (issue 11, seed151 jobTitle row 50; s30-facts);
// a field of work, a party or a nation's word there stays the title's.
func TestOpeningNameRestNoTitle(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Harbour Solutions chief executive Anna Berg said orders rose.",
			want:    []string{`Anna Berg jobTitle "chief executive"`},
			notWant: []string{`Anna Berg jobTitle "Solutions chief executive"`}},
		{text: "Open Market commissioner Lord Hale told reporters the plan was ready.",
			want:    []string{`Hale jobTitle "commissioner"`},
			notWant: []string{`Hale jobTitle "Market commissioner"`}},
		{text: "Meanwhile Conservative leader John Smith said taxes would fall.",
			want: []string{`John Smith jobTitle "Conservative leader"`}},
		{text: "Senate Majority leader Tom Hale said the vote was close.",
			want: []string{`Tom Hale jobTitle "Majority leader"`}},
		{text: "New European commission president Jan Vos said the budget was fair.",
			notWant: []string{`Jan Vos jobTitle "commission president"`}},
		{text: "Management board chief Carl Hahn said the plant would stay open.",
			want: []string{`Carl Hahn jobTitle "Management board chief"`}},
	})
}
