package extract

import (
	"testing"
	"time"
)

// TestSpeakerOfBody checks speakerFrame (names_person_of.go): a person named
// with the body that employs them, after or before a verb of speech or
// after a title, is a person and a body, whatever the given name; a firm
// named with its town or its country stays one body.
func TestSpeakerOfBody(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"said before", "Demand is weak, said Wim Brakel of Amro Bank NV.",
			map[string]EntityType{"Wim Brakel": Person, "Amro Bank NV": Organization, "Wim Brakel of Amro Bank NV": Other}},
		{"said after", "Yoshio Tanabe of Kyowa Securities Co said the yen would firm.",
			map[string]EntityType{"Yoshio Tanabe": Person, "Kyowa Securities Co": Organization}},
		{"title before", "Economics professor Kenji Ogura of Keio University gave a gloomy view.",
			map[string]EntityType{"Kenji Ogura": Person, "Keio University": Organization}},
		{"firm of a town", "Breslube Enterprises of Toronto said it bought the plant.",
			map[string]EntityType{"Breslube Enterprises of Toronto": Organization}},
		{"firm of a country", "Gold Fields of South Africa Ltd said output rose.",
			map[string]EntityType{"Gold Fields of South Africa Ltd": Organization}},
		{"dictionary words", "Sooner Defense of Florida Inc said it won the contract.",
			map[string]EntityType{"Sooner Defense of Florida Inc": Organization}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}
