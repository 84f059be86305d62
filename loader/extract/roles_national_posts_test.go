package extract

import "testing"

// TestNationalPostTitle: a country's initialism before "Attorney" is part of the post's name; a country before an office or
// before a lower-case trade stays out of the title.
func TestNationalPostTitle(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Fraud\n\nThe fraud was described by US Attorney Jane Whitlock on Monday.",
			want:    []string{`Jane Whitlock jobTitle "US Attorney"`},
			notWant: []string{`Jane Whitlock jobTitle "Attorney"`}},
		{text: "Fraud\n\nLater U.S. Attorney for Manhattan Rudolph Devlin said he would appeal.",
			want: []string{`Rudolph Devlin jobTitle "U.S. Attorney for Manhattan"`}},
		{text: "Trade\n\nU.S. Trade Representative Carl Moss said the talks failed.",
			want: []string{`Carl Moss jobTitle "Trade Representative"`}},
		{text: "Fraud\n\nThe defence was led by Attorney Reid Holloway on Monday.",
			want: []string{`Reid Holloway jobTitle "Attorney"`}},
	})
}

func TestInitialism(t *testing.T) {
	for w, want := range map[string]bool{"US": true, "U.S.": true, "UK": true, "U": false, "Us": false, "U.S": true, "Wales": false, "": false} {
		if got := initialism(w); got != want {
			t.Errorf("initialism(%q) = %v, want %v", w, got, want)
		}
	}
}
