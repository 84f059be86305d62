package extract

import (
	"testing"
	"time"
)

// TestClubsByContext checks clubs_context.go by mechanism, in a story about
// clubs: a town before the club's people is the club ("the Leeds
// president"), a capital is a town unless so shown ("come to Paris on
// Friday"), a one-word name after a fixture word is a club ("against
// Barnet"), and a player's surname stays a person.
func TestClubsByContext(t *testing.T) {
	const story = "The club's manager said the season was long and the squad needed a new striker before the transfer window shut. "
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"a town before the club's people", "The Leeds president said the match would go ahead.",
			map[string]EntityType{"Leeds": Organization}},
		{"a capital not shown a club", "His agent will come to Paris on Friday to talk to the club.",
			map[string]EntityType{"Paris": City}},
		{"a name after a fixture word", "The side have a home game against Barnet on Tuesday.",
			map[string]EntityType{"Barnet": Organization}},
		{"a player's surname", "Dean Kerr scored twice. The club said Kerr would stay for the match.",
			map[string]EntityType{"Dean Kerr": Person}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := story + tt.text + " Fans hailed the goal, and the league said the cup tie was off."
			checkTypes(t, text, Extract("Headline\n\n"+text, time.Time{}), tt.want)
		})
	}
}
