package extract

import "testing"

// TestGuestLists: every guest a host hosts or welcomes in a list is at the
// meeting; a comma with no "and" after it lists no further guest, and a
// clause after "and" is none (events_guest_lists.go).
func TestGuestLists(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Visit\n\nMayor Ana Lind hosted Councillor Tom Brook and Councillor Rui Sala at the town hall on Friday.",
			want: []string{"Ana Lind met Tom Brook", "Ana Lind met Rui Sala", "Event attendee Rui Sala"}},
		{text: "Visit\n\nGovernor Ana Lind welcomed Senator Tom Brook, Bishop Rui Sala and Minister Eva Moor to the residence on Friday.",
			want: []string{"Ana Lind met Tom Brook", "Ana Lind met Rui Sala", "Ana Lind met Eva Moor"}},
		{text: "Visit\n\nMayor Ana Lind hosted Councillor Tom Brook, Rui Sala said on Friday.",
			want:    []string{"Ana Lind met Tom Brook"},
			notWant: []string{"Ana Lind met Rui Sala", "Event attendee Rui Sala"}},
		{text: "Visit\n\nMayor Ana Lind hosted Councillor Tom Brook and Rui Sala's band played.",
			notWant: []string{"Ana Lind met Rui Sala"}},
	})
}
