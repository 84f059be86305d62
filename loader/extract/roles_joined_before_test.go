package extract

import "testing"

// TestJoinedTitleBefore: two titles joined by "and" before a name, the
// body before the first.
func TestJoinedTitleBefore(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Prices\n\nWhole Foods co-founder and CEO John Mackey said in an internal memo that prices fell.",
			want: []string{`John Mackey jobTitle "co-founder"`, `John Mackey jobTitle "CEO"`, "John Mackey affiliation Whole Foods"}},
		{text: "Sales\n\nApple chairman and chief executive officer John Sculley declined to estimate sales.",
			want: []string{`John Sculley jobTitle "chairman"`, `John Sculley jobTitle "chief executive officer"`, "John Sculley affiliation Apple"}},
	})
}

// TestLoneTradesJoined: two lone trades joined by "and" before a name are
// both the person's; not after "between" ("talks between the president and
// prime minister X").
func TestLoneTradesJoined(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Show\n\nShe praised artist and educator Alexandria Douziech at the show.",
			want: []string{`Alexandria Douziech jobTitle "artist"`, `Alexandria Douziech jobTitle "educator"`}},
		{text: "Book\n\nThe author and activist Uma Vance spoke on Monday.",
			want: []string{`Uma Vance jobTitle "author"`, `Uma Vance jobTitle "activist"`}},
		{text: "Talks\n\nTalks between the president and prime minister Nawaz Sharif began on Monday.",
			notWant: []string{`Nawaz Sharif jobTitle "president"`}},
	})
}
