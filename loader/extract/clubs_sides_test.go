package extract

import (
	"testing"
	"time"
)

// TestSportsSides checks clubs_sides.go by mechanism, in a sports report that
// names no club word (so that clubs.go leaves its towns alone): a town that
// stands as a side is its club, a town that does not stays a town, a ground
// after "at" is a place, a player read as a place is a person; outside a
// sports report the same shapes change nothing.
func TestSportsSides(t *testing.T) {
	const report = "The replay went ahead after the referee checked the pitch, and the skipper scored before half-time in front of a full-back. "
	tests := []struct {
		name, text string
		report     bool
		want       map[string]EntityType
	}{
		{"a fixture line", "Newcastle v Tottenham kicks off on Saturday.", true,
			map[string]EntityType{"Newcastle": Organization, "Tottenham": Organization}},
		{"a side verb with a name for object", "Burnley host Arsenal on Saturday and Leicester face Bolton.", true,
			map[string]EntityType{"Burnley": Organization, "Leicester": Organization}},
		{"a side verb with no name for object", "Leicester will visit the winners next month.", true,
			map[string]EntityType{"Leicester": City}},
		{"a side after two words", "They lost to Bath on Sunday.", true,
			map[string]EntityType{"Bath": Organization}},
		{"conjuncts of a side", "Newcastle will be at home to either Tottenham or Nottingham Forest.", true,
			map[string]EntityType{"Newcastle": Organization, "Tottenham": Organization, "Nottingham Forest": Organization}},
		{"the club's people after it", "Fellow Bath prop Duncan Bell will start on the bench.", true,
			map[string]EntityType{"Bath": Organization, "Duncan Bell": Person}},
		{"a town after in", "The players trained in Leicester on Monday and Leicester 2-1 Bolton was the score.", true,
			map[string]EntityType{"Bolton": Organization}},
		{"a ground after at", "Sella said the pressure had eased on the under-fire coach, despite the defeat at the Stade de France.", true,
			map[string]EntityType{"Stade de France": Place}},
		{"a town after at", "Robinson has kept faith with Charlie Hodgson despite his horror show at Twickenham.", true,
			map[string]EntityType{"Twickenham": Place}},
		{"a player read as a place", "England have lost two props in Julian White and Phil Vickery.", true,
			map[string]EntityType{"Julian White": Person, "Phil Vickery": Person}},
		{"no sports report", "Officials from Leicester will visit Bolton next week to talk about jobs.", false,
			map[string]EntityType{"Bolton": City, "Leicester": City}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.text
			if tt.report {
				text = report + text
			}
			checkTypes(t, text, Extract("Headline\n\n"+text, time.Time{}), tt.want)
		})
	}
}

// TestScoreToken checks the scores a side may stand before.
func TestScoreToken(t *testing.T) {
	for w, want := range map[string]bool{"2-1": true, "24-17": true, "0-0": true, "1987-88": false, "-1": false, "2-": false, "a-b": false, "3": false} {
		if got := scoreToken(w); got != want {
			t.Errorf("scoreToken(%q) = %v, want %v", w, got, want)
		}
	}
}
