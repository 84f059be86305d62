package extract

import (
	"testing"
	"time"
)

// TestMediaCues checks that a platform, a publication or a firm the
// recogniser reads as a person is a body by the words around it, and that a
// person in the same places stays one.
func TestMediaCues(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
	}{
		{"posted on", "Photos that the singer posted on Instagram in January drew thousands of comments from her fans.",
			map[string]EntityType{"Instagram": Organization}},
		{"someone's page", "The singer took to her Instagram page to comment on the photos, which her fans had shared.",
			map[string]EntityType{"Instagram": Organization}},
		{"publication noun", "She told Marie Claire magazine on Tuesday that she was happy with the show.",
			map[string]EntityType{"Marie Claire": Organization}},
		{"founder of", "Timo Boldt, the founder of Gousto, said the company would hire more staff next year.",
			map[string]EntityType{"Gousto": Organization, "Timo Boldt": Person}},
		{"pressure on a person", "The senators put more pressure on Reagan after the vote, aides to Reagan said on Monday.",
			map[string]EntityType{"Reagan": Person}},
		{"a person's page", "Fans posted on Smith's page after the concert, and Smith thanked them on Monday.",
			map[string]EntityType{"Smith": Person}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, Extract("Headline\n\n"+tt.text, time.Time{}), tt.want)
		})
	}
}
