package extract

import "testing"

// TestOpeningFunctionWord checks names_opening_function.go: an article or a
// preposition that opens a sentence is no part of the name after it; "The"
// of a name that keeps it is left to its own rule.
func TestOpeningFunctionWord(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType
		not        []string
	}{
		{"article", "A Whole Foods spokeswoman declined to comment on pricing.",
			map[string]EntityType{"Whole Foods": Organization}, []string{"A Whole Foods"}},
		{"preposition", "In Whole Foods, Prime operates as a hybrid of the loyalty discount.",
			map[string]EntityType{"Whole Foods": Organization}, []string{"In Whole Foods"}},
		{"before a weekday", "On Friday Cyacq Corp said it would buy the shares.",
			map[string]EntityType{"Cyacq Corp": Organization}, []string{"On Friday Cyacq Corp", "Friday Cyacq Corp"}},
		{"after a quotation mark", "He said: “At General Electric we never did that.”",
			map[string]EntityType{"General Electric": Organization}, []string{"At General Electric"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNames(t, tt.text, tt.want, tt.not)
		})
	}
}
