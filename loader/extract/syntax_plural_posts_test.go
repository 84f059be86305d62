package extract

import "testing"

// TestPluralPostLists: a plural post of common nouns before a list of people
// ("council members A and B") leads the list; every person named meets the
// subject (syntax_plural_posts.go).
func TestPluralPostLists(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Budget\n\nMayor Ana Lind met with council members Tom Brook and Rui Sala at the town hall on Friday.",
			want: []string{"Ana Lind met Tom Brook", "Ana Lind met Rui Sala", "Event attendee Tom Brook"}},
		{text: "Budget\n\nGovernor Ana Lind met with school board members Tom Brook and Rui Sala on Friday.",
			want: []string{"Ana Lind met Tom Brook", "Ana Lind met Rui Sala"}},
		{text: "Budget\n\nMayor Ana Lind held talks with union officials Tom Brook and Rui Sala on Friday.",
			want: []string{"Ana Lind met Tom Brook", "Ana Lind met Rui Sala"}},
		// no plural post: a thing's nouns before the name lead nothing
		{text: "Budget\n\nMayor Ana Lind met with farm owners on Friday, Tom Brook said.",
			notWant: []string{"Ana Lind met Tom Brook"}},
	})
}
