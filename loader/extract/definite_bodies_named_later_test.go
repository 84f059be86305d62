package extract

import "testing"

// TestDefiniteBodyNamedLater: "the bank" takes no bank named only further
// down when another bank was named before it (definite_bodies_named_later.go).
func TestDefiniteBodyNamedLater(t *testing.T) {
	runRules(t, []ruleCase{
		// "... Bank" is named further down, another bank first: no party for "the bank"
		{text: "Lending\n\nThe country's largest lender, the Norrland Bank of Savings, plans a new rate policy, its chairman Karl Brenner said.\n\nThe bank is holding talks with the Norrland Trade Council on details, he said.\n\nThe Nordic Investment Bank has expressed interest in a stake in the lender's unit, Brenner said.",
			notWant: []string{"Norrland Trade Council met Nordic Investment Bank", "Nordic Investment Bank met Norrland Trade Council"}},
		// named first, then "the bank": the bank stays its party
		{text: "Lending\n\nThe Nordic Investment Bank plans a new rate policy, its chairman Karl Brenner said.\n\nThe bank is holding talks with the Norrland Trade Council on details, he said.",
			want: []string{"Event attendee Nordic Investment Bank", "Event attendee Norrland Trade Council"}},
	})
}
