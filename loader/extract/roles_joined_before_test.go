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
