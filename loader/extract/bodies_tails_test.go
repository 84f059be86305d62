package extract

import (
	"testing"
	"time"
)

// TestBodyTailAliases checks bodies_tails.go: the last words of one body's
// name the article gave in full are that body, not a second node; words a
// gazetteer knows as a body of their own stay apart.
func TestBodyTailAliases(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  string
	}{
		{"tail of one body", "The Belgian Qwerty Council has 95 members. The Qwerty Council endorsed Zorbin on Tuesday.",
			"Belgian Qwerty Council", "Qwerty Council"},
		{"tail after a name led by the", "Members of the House Widget Committee refused to vote. Rep. Tom Lane, the Widget Committee chairman, said the vote would wait.",
			"House Widget Committee", "Widget Committee"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract("Headline\n\n"+tt.text, time.Time{})
			found := false
			for _, e := range doc.Entities {
				if e.Name == tt.not {
					t.Errorf("%q: %q is a node of its own; want it under %q", tt.text, tt.not, tt.want)
				}
				found = found || e.Name == tt.want
			}
			if !found {
				t.Errorf("%q: no %q among %v", tt.text, tt.want, doc.Entities)
			}
		})
	}
}
