package extract

import "testing"

// TestVerbRoles: the body a person heads, chairs, runs, founded or joined,
// after the name or after "he"/"she" opening the sentence; a post given to
// that pronoun; nothing from a description, a negation, a body's
// possession or "the company".
func TestVerbRoles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Ports\n\nPeter Grant heads the Jamaica Ports Council.",
			want: []string{"Peter Grant affiliation Jamaica Ports Council"}},
		{text: "Water\n\nMary Hill, who now chairs the National Water Commission, said no.",
			want: []string{"Mary Hill affiliation National Water Commission"}},
		{text: "Book\n\nEzra Klein founded Vox in 2014.",
			want: []string{`Ezra Klein jobTitle "founder"`, "Ezra Klein affiliation Vox"}},
		{text: "Logistics\n\nSam Reid is a careful engineer. He joined Harbour Holdings in 2019.",
			want: []string{"Sam Reid affiliation Harbour Holdings"}},
		{text: "Ports\n\nSam Reid spoke on Monday. In May, he was named chief executive of Harbour Holdings.",
			want: []string{`Sam Reid jobTitle "chief executive"`, "Sam Reid affiliation Harbour Holdings"}},
		{text: "Cambridge\n\nJohn Guy wrote the book. He is a fellow at Clare College.",
			want: []string{"John Guy affiliation Clare College"}},
		// a description given to a pronoun is no post
		{text: "Football\n\nBob Green was born in Leeds. He was an attacking midfield player.",
			notWant: []string{`Bob Green jobTitle "attacking midfield player"`}},
		{text: "Ports\n\nPeter Grant never headed the Jamaica Ports Council.",
			notWant: []string{"Peter Grant affiliation Jamaica Ports Council"}},
		{text: "Ads\n\nAnn Lowe runs Harbour Holdings’s advertising.",
			notWant: []string{"Ann Lowe affiliation Harbour Holdings"}},
	})
}
