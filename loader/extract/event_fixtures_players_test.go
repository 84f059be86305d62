package extract

import "testing"

// tennisStory opens a sports story (five of its words) before a sentence.
func tennisStory(s string) string {
	return "Open\n\nThe top seed won the tennis tournament final and the champion said the season was long after the semi-final.\n\n" + s
}

// TestPlayersFixture: in a sports story, players drawn against each other
// ("will meet Swede Nils Berg", "a second round meeting with champion Anna
// Holm") meet in a match: no event, no met; a meeting someone holds with a
// player, one with a club and one held to talk stay (event_fixtures_players.go).
func TestPlayersFixture(t *testing.T) {
	runRules(t, []ruleCase{
		{text: tennisStory("Tom Reddy will meet Swede Nils Berg on Sunday."),
			notWant: []string{"Event attendee Tom Reddy", "Event attendee Nils Berg", "Tom Reddy met Nils Berg"}},
		{text: tennisStory("Tom Reddy won 6-2 6-3 to earn a second round meeting with French Open champion Anna Holm."),
			notWant: []string{"Event attendee Anna Holm"}},
		{text: tennisStory("Tom Reddy will now meet Nils Berg."),
			notWant: []string{"Event attendee Tom Reddy", "Tom Reddy met Nils Berg"}},
		{text: tennisStory("Tom Reddy set up a meeting with Nils Berg."),
			notWant: []string{"Event attendee Nils Berg"}},
		// a story told in seeds and tie-breaks is about sport
		{text: "Open\n\nThe top seeds went through: the second seed won a tie-break and the third seed reached the semi-finals.\n\nTom Reddy will meet Swede Nils Berg on Sunday.",
			notWant: []string{"Event attendee Tom Reddy", "Event attendee Nils Berg", "Tom Reddy met Nils Berg"}},
		{text: tennisStory("The agent of Tom Reddy held a secret meeting with Nils Berg in London."),
			want: []string{"Event attendee Nils Berg"}},
		{text: tennisStory("Tom Reddy will meet coach Nils Berg to discuss a new contract."),
			want: []string{"Event attendee Nils Berg"}},
		{text: "Trade\n\nFinance Minister Tom Reddy will meet Chancellor Nils Berg on Sunday.",
			want: []string{"Tom Reddy met Nils Berg"}},
	})
}
