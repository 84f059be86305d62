package extract

import (
	"testing"
	"time"
)

// TestForeignHeadedFirms checks that a name of two words or more opened by
// a foreign body's word (foreignOrgHeads) in an English story is an
// organisation's, not a person's, and that a person's name stays a person's.
func TestForeignHeadedFirms(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"Deutsche", "Werner Seifert, chief executive of Deutsche Boerse, said Deutsche Boerse would keep its offer.",
			map[string]EntityType{"Deutsche Boerse": Organization, "Werner Seifert": Person}},
		{"Banque", "Banque Qwertier lent the money, its chairman Jean Dupont said.",
			map[string]EntityType{"Banque Qwertier": Organization, "Jean Dupont": Person}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}
