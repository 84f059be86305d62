package extract

import "testing"

// TestShowNoBody checks affiliation_shows.go: a programme's or a film's
// presenter or star is no member of a body; a broadcaster's is.
func TestShowNoBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Awards\n\nThe awards will be hosted by American Idol presenter Ryan Seacrest, and will feature performances by Usher.",
			notWant: []string{"Ryan Seacrest affiliation American Idol"}},
		{text: "Music\n\nBBC Radio Scotland presenter Vic Galloway said it had been great fun.",
			want: []string{"Vic Galloway affiliation BBC Radio Scotland"}},
	})
}
