package extract

import (
	"testing"
)

// TestSplitCuts checks names_split_places.go and names_month_given.go by
// mechanism: a one-word name the recogniser read before a body's name opens
// that name when the two words make a known place; a month that is a given
// name opens a person's name, but a month after a date word or before a
// day's number is the date.
func TestSplitCuts(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"place opener at a sentence's opening", "New York Federal Reserve Bank President Gerald Corrigan opposed a further fall in the dollar.",
			map[string]EntityType{"New York Federal Reserve Bank": Organization, "Gerald Corrigan": Person},
			[]string{"York Federal Reserve Bank"}},
		{"month as a given name", "He will be replaced as president of the unit by August Busch III, chairman and president of the company.",
			map[string]EntityType{"August Busch III": Person}, []string{"Busch III"}},
		{"month as a given name after a role noun", "The rise was expected, said food analyst June Page.",
			map[string]EntityType{"June Page": Person}, []string{"Page"}},
		{"month after a date word", "The deal was signed in August Smith said.",
			nil, []string{"August Smith"}},
		{"month before a number word", "Sales for the five weeks ended April Four were up 7.8 pct.",
			nil, []string{"April Four"}},
		{"contract month", "June Sterling was indicated at 1.6075/85 dlrs.",
			nil, []string{"June Sterling"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
