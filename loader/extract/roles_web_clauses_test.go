package extract

import "testing"

// TestWebClauseRoles: posts and employers told in clauses of their own,
// curly possessives, and descriptions after a fronted phrase.
func TestWebClauseRoles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Studio\n\nDee Dee Myers is exiting her role as communications head at studio Warner Bros. after five years.",
			want: []string{`Dee Dee Myers jobTitle "communications head"`, "Dee Dee Myers affiliation Warner Bros."}},
		{text: "Bank\n\nMillard Drexler retains his position as president of the Gap Stores Division.",
			want: []string{`Millard Drexler jobTitle "president"`}},
		// a deed's noun is no post
		{text: "Dollar\n\nVolcker was just fulfilling his role as a defender of the currency.",
			notWant: []string{`Volcker jobTitle "defender"`}},
		{text: "Climate\n\nFrom the Copernicus Climate Change Service, Samantha Burgess confirms that the temperature rose.",
			want: []string{"Samantha Burgess affiliation Copernicus Climate Change Service"}},
		// a place one comes from is no employer
		{text: "Travel\n\nFrom Paris, John Smith flew to Rome.",
			notWant: []string{"John Smith affiliation Paris"}},
		{text: "Talk\n\nIn a conversation moderated by ABC’s Deborah Roberts, Dion discussed bullying.",
			want: []string{"Deborah Roberts affiliation ABC"}},
		// who is named in a fronted phrase is not the description after it
		{text: "Talk\n\nDion was interviewed on Monday. In a conversation moderated by Deborah Roberts, the singer discussed bullying.",
			want:    []string{`Dion jobTitle "singer"`},
			notWant: []string{`Deborah Roberts jobTitle "singer"`}},
		{text: "Reckoning\n\nScott told “CBS This Morning” co-host Gayle King that it mattered.",
			want: []string{`Gayle King jobTitle "co-host"`}},
		// "host" as a verb before a name is no title
		{text: "Speech\n\nThe Catholic aid agency Cafod will host Mr Brown's speech on Wednesday.",
			notWant: []string{`Brown jobTitle "host"`}},
	})
}

// TestWhoIsNoComma: a relative clause after a name with no comma before
// "who" gives the post as ", who is" does.
func TestWhoIsNoComma(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Lake\n\n\"We'll have a marina,\" said Leigh Sears who is the Lake Berryessa concessions manager.",
			want: []string{`Leigh Sears jobTitle "concessions manager"`}},
		{text: "Party\n\nHe was joined by one of UKIP's two London Assembly members, Damien Hockney who is now Veritas' deputy leader.",
			want: []string{`Damien Hockney jobTitle "deputy leader"`, "Damien Hockney affiliation Veritas"}},
	})
}
