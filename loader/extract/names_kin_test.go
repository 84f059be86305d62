package extract

import (
	"testing"
	"time"
)

// TestKinNames checks names_kin.go by mechanism: a name after a kin noun
// behind a possessive, maybe with a number and a comma, and the names
// joined to it by "and", are people's; a name after a kin noun with no
// possessive keeps its type.
func TestKinNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"number and comma", "The bid is being led by his two sons, Avi and Joel, the club said.",
			map[string]EntityType{"Avi": Person, "Joel": Person}},
		{"plain, and a later list is no kin's", "Ambani and his brother Mukesh run the group. Qwertronix said Mukesh and Qwertronix would invest.",
			map[string]EntityType{"Mukesh": Person, "Qwertronix": Organization}},
		{"apposition after a comma", "She died at the home of her father, Qwertronix founder Chris Anderson.",
			map[string]EntityType{"Qwertronix": Organization, "Chris Anderson": Person}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}
