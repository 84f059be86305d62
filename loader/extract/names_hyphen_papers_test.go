package extract

import "testing"

// TestHyphenPapers checks hyphenated names after "the" read as bodies, with
// the town before them.
func TestHyphenPapers(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]EntityType
		not  []string
	}{
		{"The story was first reported by the Spokesman-Review in Spokane.", map[string]EntityType{"Spokesman-Review": Organization}, nil},
		{"The Manchester Union-Leader endorsed him in December.", map[string]EntityType{"Manchester Union-Leader": Organization}, []string{"Manchester"}},
		{"She writes for the Pittsburgh Post-Gazette.", map[string]EntityType{"Pittsburgh Post-Gazette": Organization}, []string{"Pittsburgh"}},
		// modifiers, titles, people's and places' names, prefixes
		{"It ended the Arab-Israeli conflict.", nil, []string{"Arab-Israeli"}},
		{"The cuts were set by the Gramm-Rudman balanced budget law.", nil, []string{"Gramm-Rudman"}},
		{"The Tories wanted a sunset clause in the Anti-Terrorism Bill.", nil, []string{"Anti-Terrorism"}},
		{"He flew to the Dallas-Fort Worth airport.", nil, []string{"Dallas-Fort"}},
	} {
		checkNames(t, c.text, c.want, c.not)
	}
}
