package extract

import "testing"

// TestSeatWordInList: the place of "Denver-based" before a firm in a list of
// parties is the firm's seat; the firm is the party (syntax_seat_words.go).
func TestSeatWordInList(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Banks\n\nLast year, Arbor Lakes Bancorp held talks with Denver-based Kestrel Financial Corp, a spokesman said.",
			want: []string{"Arbor Lakes Bancorp met Kestrel Financial Corp"}},
		{text: "Banks\n\nArbor Lakes Bancorp said it is in talks with Denver-based Kestrel Financial Corp and Toledo-based Heron Savings Bank.",
			want: []string{"Arbor Lakes Bancorp met Kestrel Financial Corp", "Arbor Lakes Bancorp met Heron Savings Bank"}},
	})
}
