package extract

import "testing"

// TestThingAcronyms checks dropThingAcronyms by mechanism: an acronym the
// page writes as a thing (after a possessive, glued to a number) or that news
// writes as one (thingAcronyms) is no body; one the page also shows as a
// body, with a possessive or a verb of speech, stays.
func TestThingAcronyms(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"after another name's possessive", "The RiskCardio model reads a patient's ECG (electrocardiogram) and flags a fault early, Anna Kovacs said on Monday.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"ECG"}},
		{"a country's body is a body", "Businesses, particularly the UK's QXR, warned that firms would leave. QXR director-general Anna Kovacs told the BBC.",
			map[string]EntityType{"QXR": Organization, "Anna Kovacs": Person}, nil},
		{"glued to a number", "Cases of COVID-19 are surging in Europe, warns the Pan American Health Organization. COVID cases rose again.",
			nil, []string{"COVID"}},
		{"a body by its verb of speech", "The QXR said on Monday it would cut prices. A shopper's QXR card gives a discount, Anna Kovacs said.",
			map[string]EntityType{"QXR": Organization}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
