package extract

import "testing"

// TestWorkingAs: a role verb's -ing form after "be" or a verb of beginning
// tells a post; "working as hard as" tells none.
func TestWorkingAs(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Papers\n\nTed Marsh is working as a reporter for the Boston Globe.",
			want: []string{`Ted Marsh jobTitle "reporter"`, "Ted Marsh affiliation Boston Globe"}},
		{text: "Papers\n\nLou Grant began working as a reporter for the Boston Globe in 2010.",
			want: []string{`Lou Grant jobTitle "reporter"`, "Lou Grant affiliation Boston Globe"}},
		{text: "Papers\n\nGil Ward is serving as chairman of the Boston Globe.",
			want: []string{`Gil Ward jobTitle "chairman"`, "Gil Ward affiliation Boston Globe"}},
		{text: "Museums\n\nKay Sol started serving as the interim director of the Museum of London last year.",
			want: []string{`Kay Sol jobTitle "interim director"`, "Kay Sol affiliation Museum of London"}},
		{text: "Papers\n\nPam Orr is working as hard as she can for the Boston Globe.",
			notWant: []string{`Pam Orr jobTitle "hard"`, "Pam Orr affiliation Boston Globe"}},
	})
}

// TestDurationCloses: a length of time after "for" closes a post's phrase
// as a date does; a quantity of something else does not.
func TestDurationCloses(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Papers\n\nKim Pratt worked as a reporter at the Boston Globe for ten years.",
			want: []string{`Kim Pratt jobTitle "reporter"`, "Kim Pratt affiliation Boston Globe"}},
		{text: "Papers\n\nNed Ray, a reporter at the Boston Globe for more than a decade, said so.",
			want: []string{`Ned Ray jobTitle "reporter"`, "Ned Ray affiliation Boston Globe"}},
		{text: "Papers\n\nNed Ray, a buyer at Acme Foods for ten tonnes of grain, said so.",
			notWant: []string{"Ned Ray affiliation Acme Foods"}},
	})
}

// TestOccupationNouns: trades not shaped as agent nouns are occupations
// after "a"; a trade's noun before another noun is no title of a name.
func TestOccupationNouns(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Hospitals\n\nBea Moss, a nurse at Westminster Hospital, said so.",
			want: []string{`Bea Moss jobTitle "nurse"`, "Bea Moss affiliation Westminster Hospital"}},
		{text: "Hospitals\n\nAnn Hill works as a surgeon at Westminster Hospital.",
			want: []string{`Ann Hill jobTitle "surgeon"`, "Ann Hill affiliation Westminster Hospital"}},
		{text: "Hospitals\n\nBea Moss, a patient at Westminster Hospital, said so.",
			notWant: []string{`Bea Moss jobTitle "patient"`, "Bea Moss affiliation Westminster Hospital"}},
	})
}
