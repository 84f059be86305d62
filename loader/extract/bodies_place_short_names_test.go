package extract

import "testing"

// TestPlaceShortNameBeforeTitle: a firm's one-word short name that is also
// a town's, written before a title, is the firm the story names in full.
func TestPlaceShortNameBeforeTitle(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "RESULTS\n\nBurlington Mining Ltd said profit rose in the year.\n\nBurlington chairman Sir Ian Rowe said costs fell.",
			want:    []string{"Ian Rowe affiliation Burlington Mining Ltd"},
			notWant: []string{"Ian Rowe affiliation Burlington"}},
	})
}
