package extract

import (
	"testing"
	"time"
)

// TestFirmSignals checks firm_signals.go: a verb in the plural after a name
// in the singular, a predicate calling a name a body, a legal form in lower
// case after it, ", which" after it, a number opening it and a possessive
// before an auxiliary make a body of a name read as a person's (or an
// unknown place), and of its other mentions; names joined by "and", "if"
// before the name, a title before it, and people's own contexts ("said it",
// "who") do not.
func TestFirmSignals(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"club were", "City held the leaders Chelsea. Chelsea were now looking more like leaders.",
			map[string]EntityType{"Chelsea": Organization}},
		{"players were", "Duff and Lampard were outstanding.",
			map[string]EntityType{"Duff": Person, "Lampard": Person}},
		{"joined before", "Solomon said that both British Prime Minister Margaret Thatcher and U.S. Secretary of State George Schultz have written to the government.",
			map[string]EntityType{"George Schultz": Person}},
		{"if he were", "He asked what would happen if Lampard were injured.",
			map[string]EntityType{"Lampard": Person}},
		{"plural title is no title", "The champions beat the leaders Chelsea. Chelsea have lost once.",
			map[string]EntityType{"Chelsea": Organization}},
		{"predicate", "Ask Jeeves has become the third leading online search firm this week.",
			map[string]EntityType{"Ask Jeeves": Organization}},
		{"person's predicate", "Tony Pike is the firm's chairman.",
			map[string]EntityType{"Tony Pike": Person}},
		{"legal form in lower case", "Cambridge Medical Technology corp said it has signed a letter of intent.",
			map[string]EntityType{"Cambridge Medical Technology": Organization}},
		{"number opener", "Twentieth Century Fox is still to announce which technology it will be supporting.",
			map[string]EntityType{"Twentieth Century Fox": Organization}},
		{"possessive before an auxiliary", "Two agencies - Fitch and Moody's have long since upped their rating.",
			map[string]EntityType{"Moody": Organization}},
		{"lead manager", "The company is offering 350 mln dlrs of debt, said lead manager Drexel Burnham.",
			map[string]EntityType{"Drexel Burnham": Organization}},
		{"said it is a person's", "Michael O'Neill said it was over.",
			map[string]EntityType{"Michael O'Neill": Person}},
		{"given name and surname", "Frank Lampard were it not for injury would have played.",
			map[string]EntityType{"Frank Lampard": Person}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}

// TestWeakPersonName checks which names' words are weak evidence of a
// person's.
func TestWeakPersonName(t *testing.T) {
	for name, want := range map[string]bool{
		"Lockheed Martin": true, "Ask Jeeves": true, "Paul A. Volcker": false, "J. Smith": false,
		"JRR Tolkien": false, "Chelsea": false, "Frank Lampard": false,
	} {
		if got := weakPersonName(name); got != want {
			t.Errorf("weakPersonName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestOccupationBefore checks that an occupation in lower case before a
// name is a person's evidence (personEvidence), so that a name opening as
// firms' names do stays a person's; a firm's noun before it is not.
func TestOccupationBefore(t *testing.T) {
	tests := []struct {
		text string
		want map[string]EntityType
	}{
		{"Veteran actor Morgan Freeman took the best supporting actor award.", map[string]EntityType{"Morgan Freeman": Person}},
		{"Independent film-maker Morgan Spurlock may have forced the chain to withdraw.", map[string]EntityType{"Morgan Spurlock": Person}},
		{"The deal was arranged by Morgan Grenfell. Morgan Grenfell said the offer was fair.", map[string]EntityType{"Morgan Grenfell": Organization}},
	}
	for _, tt := range tests {
		checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
	}
}
