package extract

import (
	"testing"
)

// TestOpeningWords checks names_opening.go by mechanism: a dictionary word
// capitalised only where every word is (a sentence's or a quotation's
// opening) is no name; the same word written capitalised inside a sentence,
// a given name, a gazetteer's name or a firm named in full elsewhere stays;
// plural weekdays and drawn-out interjections are never names.
func TestOpeningWords(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"quotation opening", "She answered, “Yeah in Maine I got a tick bite.” Jane Ogden told the show, “Shaming is the wrong way forward.”",
			map[string]EntityType{"Maine": Place, "Jane Ogden": Person}, []string{"Yeah", "Shaming"}},
		{"sentence opening", "Beware of the thorns. The plant grows fast in Florida.",
			map[string]EntityType{"Florida": Place}, []string{"Beware"}},
		{"written inside a sentence too", "Indivisible said it would not endorse anyone. Groups like Indivisible can't agree on a candidate.",
			map[string]EntityType{"Indivisible": Organization}, nil},
		{"a firm named in full", "Apple Inc reported strong sales on Monday. Apple said the new phone sold well.",
			map[string]EntityType{"Apple Inc": Organization}, nil},
		{"an owner and a nickname", "Yahoo's shares rose on Monday, said coach Renaldo “Peewee” Gilkes.",
			map[string]EntityType{"Yahoo": Organization}, nil},
		{"a given name", "Grace said she would stay in Boston.",
			map[string]EntityType{"Grace": Person}, nil},
		{"plural weekdays and interjections", "He sells pies on Mondays and Fridays at the Ferry Building in San Francisco. “Hmmm, not today,” he said.",
			nil, []string{"Mondays", "Fridays", "Hmmm"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}

func TestInterjection(t *testing.T) {
	for w, want := range map[string]bool{"hmmm": true, "hmm": true, "ummm": true, "uhhh": true, "ahh": true, "errr": true,
		"err": false, "um": false, "umbrella": false, "hum": false, "oh": false, "ohio": false, "mmm": false} {
		if got := interjection(w); got != want {
			t.Errorf("interjection(%q) = %v, want %v", w, got, want)
		}
	}
}
