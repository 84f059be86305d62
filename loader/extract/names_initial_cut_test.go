package extract

import "testing"

// TestInitialCutNoTitle: a name read only up to an initial, at a split
// sentence's end or before a bracketed nickname, gets no title; the whole
// name does.
func TestInitialCutNoTitle(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Energy\n\nCommissioner Robert K. (Bob) Hanley told reporters the plan was sound.",
			notWant: []string{`Robert K. jobTitle "Commissioner"`}},
		{text: "Army\n\nIn a statement, Rep. Thomas O'B. Lacey said the contract was won.",
			notWant: []string{`Thomas O'B jobTitle "Rep."`}},
		{text: "Energy\n\nCommissioner Robert K. Hanley told reporters the plan was sound.",
			want: []string{`Robert K. Hanley jobTitle "Commissioner"`}},
	})
}

func TestInitialWord(t *testing.T) {
	for w, want := range map[string]bool{"R": true, "O'B": true, "O'b": false, "Ob": false, "r": false, "OB": false, "": false} {
		if got := initialWord(w); got != want {
			t.Errorf("initialWord(%q) = %v, want %v", w, got, want)
		}
	}
}
