package extract

import "testing"

// TestMetObjectPronoun: "met her", "talks with him" name the one person
// before them who is not the one meeting and not of the other sex; two
// such people, a possessive "her" or a pronoun of the other sex read
// nothing (met_object_pronouns.go).
func TestMetObjectPronoun(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Visit\n\nGovernor Sandra Mason arrived on Friday. Prime Minister Karl Brenner held talks with her on Saturday.",
			want: []string{"Karl Brenner met Sandra Mason"}},
		{text: "Visit\n\nGovernor Sandra Mason arrived on Friday. Prime Minister Karl Brenner met her on Saturday.",
			want: []string{"Karl Brenner met Sandra Mason"}},
		{text: "Visit\n\nPrime Minister Anna Lind held talks with Ravi Sood on Friday. Lind said she was pleased. Governor Karl Brenner held talks with her on Saturday.",
			want: []string{"Karl Brenner met Anna Lind", "Anna Lind met Ravi Sood"}},
		// the other sex: "him" is not Sandra
		{text: "Visit\n\nGovernor Sandra Mason arrived on Friday. Prime Minister Karl Brenner met with him on Saturday.",
			notWant: []string{"Karl Brenner met Sandra Mason"}},
		// two people it may stand for: none
		{text: "Visit\n\nAnna Lind and Sandra Mason spoke on Friday. Prime Minister Karl Brenner met her on Saturday.",
			notWant: []string{"Karl Brenner met Sandra Mason", "Karl Brenner met Anna Lind"}},
		// a possessive: her husband, not her
		{text: "Visit\n\nGovernor Sandra Mason arrived on Friday. Prime Minister Karl Brenner met her husband on Saturday.",
			notWant: []string{"Karl Brenner met Sandra Mason"}},
	})
}
