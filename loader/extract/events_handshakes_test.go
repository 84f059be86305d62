package extract

import "testing"

// TestHandshakes: two people who shake hands met, where and when the
// sentence says; a handshake refused, denied or with no one named is none
// (events_handshakes.go).
func TestHandshakes(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Summit\n\nPresident Ana Ruiz shook hands with Premier Tomas Berg in Lima on Monday.",
			want: []string{"Ana Ruiz met Tomas Berg", "Event location Lima", `Event startDate "2022-01-10"`}},
		{text: "Summit\n\nMayor Ana Ruiz and Councillor Tomas Berg shook hands at the opening in Dayton.",
			want: []string{"Ana Ruiz met Tomas Berg", "Event location Dayton"}},
		{text: "Summit\n\nMayor Ana Ruiz refused to shake hands with Councillor Tomas Berg on Monday.",
			notWant: []string{"Ana Ruiz met Tomas Berg", "Event attendee Tomas Berg"}},
		{text: "Summit\n\nMayor Ana Ruiz did not shake hands with Councillor Tomas Berg on Monday.",
			notWant: []string{"Ana Ruiz met Tomas Berg", "Event attendee Tomas Berg"}},
		{text: "Summit\n\nMayor Ana Ruiz shook hands with voters in Dayton on Monday.",
			notWant: []string{"Event attendee Ana Ruiz"}},
	})
}
