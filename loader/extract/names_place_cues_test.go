package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/loader/nlp"
)

// TestPlacesByCue checks names_place_cues.go by mechanism: "the city of X"
// and the like make X a place whatever the recogniser read, and outweigh
// its other readings; a name opened by "Los" or "Las" read as a person's
// is a place's; a name holding a body's word stays a body's; a place after
// a preposition of place and before ", which" is no firm.
func TestPlacesByCue(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"city of", "The city of Brookhaven is building its new city hall two blocks from the closure.",
			map[string]EntityType{"Brookhaven": Place}},
		{"adjective before the noun", "The remote village of Qwertyville was cut off by the floods, officials said.",
			map[string]EntityType{"Qwertyville": Place}},
		{"place's possessive", "Officials in Frankfurt's state of Hessen have spoken out against the move.",
			map[string]EntityType{"Hessen": Place}},
		{"person's possessive is no cue", "Smith's state of Qwertyland is a novel, Smith said.",
			map[string]EntityType{"Qwertyland": Organization}},
		{"body's word kept", "The city of Brookhaven Police Department said the road was closed.",
			map[string]EntityType{"Brookhaven Police Department": Organization}},
		{"Spanish article", "The hotel opened in Los Cabos last year, and agents seized a boat at Las Croabas.",
			map[string]EntityType{"Los Cabos": Place, "Las Croabas": Place}},
		{"place before which", "Jose Granados and Sandra Haro run their eponymous spots in Ferndale, which launched in 2022.",
			map[string]EntityType{"Ferndale": Place}},
		{"firm before which", "Shares of Qwertronix, which makes chips, rose 5 percent on Monday.",
			map[string]EntityType{"Qwertronix": Organization}},
		{"the area of a name unread", "Police are investigating the incident at the salon chain's location in the Copperfield area.",
			map[string]EntityType{"Copperfield": Place}},
		{"home town after an age", "A van driven by Maria K. Dobson, 41, of Quincy, was stopped on the bridge.",
			map[string]EntityType{"Quincy": Place, "Maria K. Dobson": Person}},
		{"home town outweighs a firm's cue", "A woman, 44, Brantville, was arrested for theft. A truck driven by Robert J. Stone, 73, of Brantville, which was stopped in traffic, was hit.",
			map[string]EntityType{"Brantville": Place}},
		{"share capital is no cue", "Gillette took a stake in the French pen firm Qwertyman, which it had been authorised to do. Gillette will keep Qwertyman shares above 650 francs. Gillette agreed to acquire 51 pct of the capital of Qwertyman at 700 francs a share.",
			map[string]EntityType{"Qwertyman": Organization}},
		{"shouted dateline", "BRANTVILLE — The following are the reports recorded by the Brantville Police Department this week.",
			map[string]EntityType{"BRANTVILLE": Place}},
		{"no age, no cue", "A van driven by Maria K. Dobson of Quincy was stopped, said Quincy.",
			map[string]EntityType{"Maria K. Dobson": Person}},
		{"slashed places", "The company will open two centers in the Washington/Baltimore area next month.",
			map[string]EntityType{"Washington": Place}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}

func TestSpanishArticlePlace(t *testing.T) {
	for name, want := range map[string]bool{"Los Cabos": true, "Las Croabas": true, "Los Angeles Times": false,
		"Los": false, "Las Vegas Sands Corp": false, "Carlos Los": false} {
		if got := spanishArticlePlace(name); got != want {
			t.Errorf("spanishArticlePlace(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestUnreadAreasNational checks that a national adjective before "area"
// is no place: "the European/Mediterranean area".
func TestUnreadAreasNational(t *testing.T) {
	for w, want := range map[string]bool{"European/Mediterranean": true, "Washington/Baltimore": false, "French": true, "Copperfield": false} {
		if got := nationalWord(w); got != want {
			t.Errorf("nationalWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestShoutedDateline checks shoutedDateline on names given by hand: a
// place in capitals opening its sentence before a dash is a dateline's, a
// heading opened by a national adjective ("FRENCH COPPER - MAY 3", a price
// table's) or a name in mixed case is not.
func TestShoutedDateline(t *testing.T) {
	tests := []struct {
		text string
		n    int // the name's tokens, from the first
		want bool
	}{
		{"BRANTVILLE — The following are the police reports.", 1, true},
		{"SAN DIEGO -- A woman was hurt on Monday.", 2, true},
		{"FRENCH COPPER - MAY 3 In francs per 100 kilos.", 2, false},
		{"Brantville — The following are the police reports.", 1, false},
		{"BRANTVILLE said on Monday it would close.", 1, false},
	}
	for _, tt := range tests {
		x := newExtractor(tt.text, nlp.Analyse(tt.text), time.Time{})
		k := x.addMention(0, 0, tt.n, Place, false)
		if k < 0 {
			t.Fatalf("%q: no mention", tt.text)
		}
		if got := x.shoutedDateline(&x.mentions[k]); got != tt.want {
			t.Errorf("%q: shoutedDateline = %v, want %v", tt.text, got, tt.want)
		}
	}
}
