package extract

import "testing"

// TestJoinSplitPeople checks names_split_people.go: a person's full name
// the recogniser split before a colon, or wrote in capitals as a speaker's
// label, is the person the article names whole elsewhere; two names side by
// side that no person's name of the article holds stay apart.
func TestJoinSplitPeople(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"caption before a colon", "Cultivation is the work of artist and educator Alexandria Douziech. Her installations document healing plants.\n\nAlexandria Douziech: Whitewashed Botany, 2022\n\nDouziech performs her archive.",
			map[string]EntityType{"Alexandria Douziech": Person}, []string{"Alexandria"}},
		{"speaker's label in capitals", "The work of artist Alexandria Douziech opens on Saturday.\n\nALEXANDRIA DOUZIECH: I try to position plants as storytellers.",
			map[string]EntityType{"Alexandria Douziech": Person}, []string{"DOUZIECH"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
