package extract

import (
	"slices"
	"testing"
	"time"
)

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
		{"a term news spells out in lower case", "The planned PSBR for 1988/89 is 3.2 billion stg and GNP grew 2.5 pct, Anna Kovacs of the Treasury said.",
			map[string]EntityType{"Anna Kovacs": Person}, []string{"PSBR", "GNP"}},
		{"a body by its verb of speech", "The QXR said on Monday it would cut prices. A shopper's QXR card gives a discount, Anna Kovacs said.",
			map[string]EntityType{"QXR": Organization}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}

// TestThingAcronymSpelledAsBody checks that an acronym news writes as a term
// (thingAcronyms) stays the alias of the body whose name the page spells it
// with in brackets.
func TestThingAcronymSpelledAsBody(t *testing.T) {
	text := "Anna Kovacs sued over the 1985 failure of Paramount Pipe Corp (PPC).\n\nShe said she had lent money for the benefit of PPC and its parent."
	doc := Extract("Headline\n\n"+text, time.Time{})
	for _, e := range doc.Entities {
		if e.Name == "Paramount Pipe Corp" {
			if !slices.Contains(e.Aliases, "PPC") {
				t.Errorf("%q: Paramount Pipe Corp aliases %v, want PPC among them", text, e.Aliases)
			}
			return
		}
	}
	t.Errorf("%q: no Paramount Pipe Corp in %v", text, doc.Entities)
}
