package extract

import (
	"testing"
	"time"
)

// TestFirmsOfAnyReading checks names_any_reading.go: a firm's cue around
// one mention of a name types every mention of it a body, whatever the
// recogniser read each as; a person's cue, a full name's possessive, or a
// place the gazetteer knows keep their type.
func TestFirmsOfAnyReading(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"firm noun on one reading", "The former finance chief at US telecoms firm WorldCom has admitted before a New York court that he used fraud. He told fellow WorldCom board member Bert Roberts of it. WorldCom's problems appear deep. WorldCom emerged from bankruptcy protection in 2004.",
			map[string]EntityType{"WorldCom": Organization, "Bert Roberts": Person}},
		{"a stake after it", "Shares in engineering group Jarvis have soared on news that it is offloading its stake in London underground consortium Tube Lines. Madrid-based Ferrovial already holds a 33% stake in Tube Lines, which maintains the Jubilee lines.",
			map[string]EntityType{"Tube Lines": Organization}},
		{"shares after a person's name", "Robert Kilroy-Silk's bid for the leadership failed. Kilroy-Silk said he would go on.",
			map[string]EntityType{"Robert Kilroy-Silk": Person}},
		{"a known place", "Shares in London fell as traders sold. The fall in London was steep.",
			map[string]EntityType{"London": City}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}
