package extract

import "testing"

// TestBodyDescriptions: "the BODY TITLE" before a verb or in a reporting
// aside stands for the one person named just before; two people in reach
// give nothing; a name used as a modifier ("the Dan Wootton Interview") is
// no one a description stands for.
func TestBodyDescriptions(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Review\n\nJohn Smith wrote a book about parties. The answer, the Vox founder suggests, is polarization.",
			want: []string{`John Smith jobTitle "founder"`, "John Smith affiliation Vox"}},
		{text: "Talks\n\nJohn Smith spoke on Monday. The answer, the Microsoft chairman said, is growth.",
			want: []string{`John Smith jobTitle "chairman"`, "John Smith affiliation Microsoft"}},
		// past sentences that name no one, to the nearest that names someone
		{text: "Review\n\nIn his new book, John Smith sets out to answer a question. Why was the election so normal? Parties had paid a price for odd candidates. So how did voters trust the winner? The answer, the Vox founder suggests, is polarization.",
			want: []string{`John Smith jobTitle "founder"`, "John Smith affiliation Vox"}},
		{text: "Review\n\nJohn Smith met Bill Jones on Monday. Why was the election so normal? Parties had paid a price for odd candidates. The answer, the Vox founder suggests, is polarization.",
			notWant: []string{`John Smith jobTitle "founder"`, `Bill Jones jobTitle "founder"`}},
		{text: "Talks\n\nJohn Smith met Bill Jones on Monday. The answer, the Microsoft chairman said, is growth.",
			notWant: []string{`John Smith jobTitle "chairman"`, `Bill Jones jobTitle "chairman"`}},
		// an unnamed holder introduced before is the one meant
		{text: "Bid\n\nBorg-Warner Corp said it held talks with Irwin Jacobs. A Borg-Warner spokesperson said the talks ended. The Borg-Warner spokesperson said no deal was reached.",
			notWant: []string{`Irwin Jacobs jobTitle "spokesperson"`, "Irwin Jacobs affiliation Borg-Warner Corp"}},
		// a title many hold is an unnamed source
		{text: "Rates\n\nJames Baker spoke in Tokyo on Monday. The Bank of Japan official said rates would stay.",
			notWant: []string{`James Baker jobTitle "official"`}},
		{text: "Podcast\n\nKirstie Alley appeared on the podcast The Dan Wootton Interview. The actress had done more work by this time.",
			want:    []string{`Kirstie Alley jobTitle "actress"`},
			notWant: []string{`Dan Wootton jobTitle "actress"`}},
		{text: "Shaming\n\nJane Ogden told the Victoria Derbyshire TV show that shaming was wrong. The answer, the Microsoft chairman said, is support.",
			want:    []string{`Jane Ogden jobTitle "chairman"`},
			notWant: []string{`Victoria Derbyshire jobTitle "chairman"`}},
	})
}
