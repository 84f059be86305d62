package extract

import "testing"

// TestEmployersWithFronted: an employer joined to a title by "with"; a
// fronted title joined to its body by "for" or "at", after a phrase of
// time, with its field words, lower case or capitalised.
func TestEmployersWithFronted(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Fraud\n\nKim Lee, an engineer with Acme Corp., said they were happy.",
			want: []string{`Kim Lee jobTitle "engineer"`, "Kim Lee affiliation Acme Corp."}},
		// "with" a person or a plain noun is no employer
		{text: "Talks\n\nKim Lee, a minister with responsibility for health, said they were happy.",
			notWant: []string{`Kim Lee jobTitle "minister"`}},
		{text: "Talks\n\nKim Lee, a lawyer with Tom Brown, said they were happy.",
			notWant: []string{"Kim Lee affiliation Tom Brown"}},
		{text: "Ads\n\nIn 2014 the former chief marketing officer for Acme Corp., Leesa Eichberger, spoke to the website.",
			want: []string{`Leesa Eichberger jobTitle "former chief marketing officer"`, "Leesa Eichberger affiliation Acme Corp."}},
		{text: "Ads\n\nIn 2014 the former Chief Marketing Officer for Acme, Leesa Eichberger, spoke to the website.",
			want: []string{`Leesa Eichberger jobTitle "former Chief Marketing Officer"`}},
		{text: "Ads\n\nLast year the head of research at Acme Corp., Ian Scott, said prices fell.",
			want: []string{`Ian Scott jobTitle "head"`}},
		// a lawyer for a firm works for another firm
		{text: "Court\n\nThe lawyer for Acme Corp., Ian Scott, said prices fell.",
			want:    []string{`Ian Scott jobTitle "lawyer"`},
			notWant: []string{"Ian Scott affiliation Acme Corp."}},
		// the field words of a fronted title joined by "of" stay in it
		{text: "Ads\n\nThe chief marketing officer of Acme Foods, Laura Peters, spoke to reporters.",
			want: []string{`Laura Peters jobTitle "chief marketing officer"`, "Laura Peters affiliation Acme Foods"}},
		{text: "Ads\n\nThe former marketing director of Acme Foods, Laura Peters, spoke to reporters.",
			want: []string{`Laura Peters jobTitle "former marketing director"`, "Laura Peters affiliation Acme Foods"}},
		// a sentence's other words before "the" are no phrase of time
		{text: "Ads\n\nVoters backed the chief marketing officer for Acme Corp., Leesa Eichberger, on Monday.",
			notWant: []string{`Leesa Eichberger jobTitle "chief marketing officer"`}},
	})
}
