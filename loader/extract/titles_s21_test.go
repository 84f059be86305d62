package extract

import "testing"

// TestTitlesS21: the wrong job titles of session 21's blind samples by
// mechanism (titles_trimmed.go).
func TestTitlesS21(t *testing.T) {
	runRules(t, []ruleCase{
		// a word saying the holder is dead or of the same trade
		{text: "The film tells the story of the late soul-singer Ray Charles and his rise to fame.",
			want:    []string{`Ray Charles jobTitle "soul-singer"`},
			notWant: []string{`Ray Charles jobTitle "late soul-singer"`}},
		{text: "The show was made with fellow producer Edward Germano in New York.",
			want:    []string{`Edward Germano jobTitle "producer"`},
			notWant: []string{`Edward Germano jobTitle "fellow producer"`}},
		// a fellow of a body keeps the title
		{text: "John Guy, a research fellow at the institute, said prices would rise.",
			want: []string{`John Guy jobTitle "research fellow"`}},
	})
}

// TestTitlesS21Honorific: a form of address after a post is no part of it.
func TestTitlesS21Honorific(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Saudi Foreign Minister Prince Saud al-Faisal arrived in Washington on Monday.",
			want:    []string{`Saud al-Faisal jobTitle "Foreign Minister"`},
			notWant: []string{`Saud al-Faisal jobTitle "Foreign Minister Prince"`}},
		{text: "Crown Prince Abdullah met the visiting delegation in Riyadh.",
			want: []string{`Abdullah jobTitle "Crown Prince"`}},
	})
}

// TestTitlesS21Rank: a rank before a trade keeps the trade.
func TestTitlesS21Rank(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "\"The focus back then was more on performance,\" said Mike Trainor, chief mobile technology evangelist for chip giant Intel.",
			notWant: []string{`Mike Trainor jobTitle "chief"`}},
		{text: "\"It's been pro-forma intervention,\" said Francoise Soares-Kemp, chief corporate trader at Credit Lyonnais.",
			want:    []string{`Francoise Soares-Kemp jobTitle "chief corporate trader"`},
			notWant: []string{`Francoise Soares-Kemp jobTitle "chief"`}},
	})
}
