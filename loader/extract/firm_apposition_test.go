package extract

import (
	"maps"
	"testing"
	"time"
)

// TestFirmsByApposition checks firm_apposition.go and the bodies' nouns
// added to orgNouns: an apposition ending in a body's noun makes a body of a
// name read as a person, and of its other mentions; one ending in a noun
// that names people too ("the film producer"), or a title, does not; a
// bookmaker before a name is a firm.
func TestFirmsByApposition(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"exchange", "Euronext rejected an approach from Hanse Boerse, the German stock exchange, on Monday. Hanse Boerse said it would consider its options.",
			map[string]EntityType{"Hanse Boerse": Organization}},
		{"producer names a person", "Shares rose, said David Puttnam, the film producer.",
			map[string]EntityType{"David Puttnam": Person}},
		{"a title", "Mr Smith, the party leader, said so.",
			map[string]EntityType{"Smith": Person}},
		{"a country's firm", "Baikal has strong links with Surgutneftegas, Russia's fourth-biggest oil firm, and Gazprom.",
			map[string]EntityType{"Surgutneftegas": Organization}},
		{"a country's minister", "He met Sergei Ivanov, Russia's defence minister, on Monday.",
			map[string]EntityType{"Sergei Ivanov": Person}},
		{"bookmaker", "The bid is backed by bookmaker William Hill.",
			map[string]EntityType{"William Hill": Organization}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := map[string]EntityType{}
			maps.Copy(want, tt.want)
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), want)
		})
	}
}
