package extract

import (
	"testing"
	"time"
)

// TestFirmsByOpener checks that names read as people's that open with a
// firm's first word are firms' unless the article shows they are people's.
func TestFirmsByOpener(t *testing.T) {
	if !firmOpeners["kidder"] || !firmOpeners["drexel"] || firmOpeners["john"] {
		t.Fatalf("firmOpeners: kidder %v, drexel %v, john %v", firmOpeners["kidder"], firmOpeners["drexel"], firmOpeners["john"])
	}
	pub := time.Date(1987, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want map[string]EntityType
	}{
		{"The securities are rated B-2. Kidder Peabody, Merrill Lynch and Smith Barney co-managed the issues.",
			map[string]EntityType{"Kidder Peabody": Organization, "Merrill Lynch": Organization}},
		{"The offering was led by Drexel Burnham. The notes are non-callable for five years, Drexel said.",
			map[string]EntityType{"Drexel Burnham": Organization}},
		// people keep their type: a pronoun, a title, the surname alone
		{"Morgan Freeman said he would star in the film.",
			map[string]EntityType{"Morgan Freeman": Person}},
		{"Chinese Premier Li Peng arrived in Moscow on Monday.",
			map[string]EntityType{"Li Peng": Person}},
		{"The prize went to Sony Smith. Smith was not there to collect it.",
			map[string]EntityType{"Sony Smith": Person}},
	} {
		doc := Extract(c.text, pub)
		checkInvariants(t, c.text, doc)
		checkTypes(t, c.text, doc, c.want)
	}
}
