package extract

import "testing"

// TestOpeningTenureWords: "Former" or "Outgoing" opening a sentence is no
// word of the body's name after it (names_opening_former.go).
func TestOpeningTenureWords(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Bank\n\nFormer Midland Bank chairman John Hart said the bank lost money on ships.",
			want:    []string{"John Hart affiliation Midland Bank"},
			notWant: []string{"John Hart affiliation Former Midland Bank"}},
		{text: "Acme\n\nOutgoing Acme Corp president Mary Stone said sales rose.",
			want:    []string{"Mary Stone affiliation Acme Corp"},
			notWant: []string{"Mary Stone affiliation Outgoing Acme Corp"}},
	})
}
