package extract

import (
	"testing"
	"time"
)

// TestFirmSuffixNames checks that a name ending in a firm's word
// (gazetteer orgsuffixes: "Devices", "Micro") is a body's, even when it
// opens with a place's name, and that a person beside it stays a person.
func TestFirmSuffixNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"place before Devices", "California Micro Devices said on Monday it expected a loss, chairman Tom Reed said.",
			map[string]EntityType{"California Micro Devices": Organization, "Tom Reed": Person}},
		{"Micro", "Security firms such as Trend Micro sell software, said Tom Reed of Trend Micro.",
			map[string]EntityType{"Trend Micro": Organization, "Tom Reed": Person}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}
