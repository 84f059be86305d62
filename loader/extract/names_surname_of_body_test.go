package extract

import (
	"testing"
	"time"
)

// TestSurnameOfBody checks names_surname_of_body.go: a surname of a person
// the article names in full, run over "of" into a body's name, is the person
// and the body; a word before "of" that is no one's surname in the article,
// or a body without a body's word after "of", stays as it was.
func TestSurnameOfBody(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"surname of a body", `"Rates will fall," said Hiroyuki Tanabe of Kyowa Trust and Banking Co Ltd. Later Tanabe of Kyowa Trust said the yen would firm.`,
			map[string]EntityType{"Hiroyuki Tanabe": Person, "Kyowa Trust": Organization, "Tanabe of Kyowa Trust": Other}},
		{"no one's surname", "Bank of Montreal said profits rose. Sam Hart, its chairman, was pleased.",
			map[string]EntityType{"Bank of Montreal": Organization}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}
