package extract

import (
	"testing"
	"time"
)

// TestPublicationTails checks the gazetteer's publication suffixes
// (orgsuffixes: magazine, weekly, online) and names_publication_tails.go:
// a name ending in one is a body's, and the word alone names nothing.
func TestPublicationTails(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"magazine", "A survey by Qorvan Magazine found that readers were unhappy.",
			map[string]EntityType{"Qorvan Magazine": Organization}},
		{"weekly", "Dana Pell, a critic at Velmont Weekly, reviewed the album.",
			map[string]EntityType{"Velmont Weekly": Organization, "Dana Pell": Person}},
		{"online", "The singer was called too thin by Zarvo Online last year.",
			map[string]EntityType{"Zarvo Online": Organization}},
		{"alone after the", "He read the review in the Magazine on Sunday.",
			map[string]EntityType{"Magazine": Other}},
		{"alone after a figure", "Gaza is near collapse, according to +938 Magazine.",
			map[string]EntityType{"Magazine": Other}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}
