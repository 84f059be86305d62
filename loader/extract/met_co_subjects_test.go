package extract

import "testing"

// TestMetCoSubjects: two subjects of one clause who meet a third named
// after the verb are one side and did not meet each other; with no third
// party after the verb, or a place after it, they met (met_co_subjects.go).
func TestMetCoSubjects(t *testing.T) {
	runRules(t, []ruleCase{
		// a third named after the verb: one side
		{text: "Debt\n\nTreasury Secretary Karl Brenner and Fed chairman Anna Lind said the strategy will work. Brenner and Lind gave these views at closed-door talks yesterday with Speaker Ravi Sood and other leaders.",
			want:    []string{"Karl Brenner met Ravi Sood", "Anna Lind met Ravi Sood"},
			notWant: []string{"Karl Brenner met Anna Lind", "Anna Lind met Karl Brenner"}},
		{text: "Debt\n\nBrazilian Finance Minister Karl Brenner and central bank director Anna Lind said Brazil wanted a political solution. Brenner and Lind are today meeting British Chancellor of the Exchequer Ravi Sood and Foreign Secretary Tom Hale.",
			want:    []string{"Karl Brenner met Ravi Sood", "Anna Lind met Tom Hale"},
			notWant: []string{"Karl Brenner met Anna Lind", "Anna Lind met Karl Brenner"}},
		{text: "Stock\n\nKarl Brenner and Anna Lind met with Ravi Sood in Oslo on Monday.",
			notWant: []string{"Karl Brenner met Anna Lind", "Anna Lind met Karl Brenner"}},
		// no third party after the verb: they met each other
		{text: "Phones\n\nFinance Minister Karl Brenner, Industry Minister Anna Lind and Telecommunications Minister Ravi Sood met for more than an hour today.",
			want: []string{"Karl Brenner met Anna Lind", "Anna Lind met Ravi Sood"}},
		{text: "Band\n\nThe band formed in 1994 when Karl Brenner and Anna Lind met as students at Dundee University.",
			want: []string{"Karl Brenner met Anna Lind"}},
	})
}
