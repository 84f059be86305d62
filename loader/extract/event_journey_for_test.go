package extract

import "testing"

// TestJourneyFor: who goes, is due or stays somewhere "for talks" takes
// part in them, past the journey's place and date (event_journey_for.go);
// those who visit together are one side; not when the verb is negated nor
// when its object is a firm, not a place.
func TestJourneyFor(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Prime Minister Karen Hope will visit Washington next month for talks with President Dan Reed.",
			want: []string{"Event attendee Karen Hope", "Dan Reed met Karen Hope", "Event location Washington"}},
		{text: "Prime Minister Taro Sato leaves for Washington on April 29 for talks with President Dan Reed, officials said.",
			want: []string{"Event attendee Taro Sato", "Dan Reed met Taro Sato", "Event location Washington"}},
		{text: "Energy Minister Paul Green is expected here on Friday for talks with Oil Minister Karl Brown.",
			want: []string{"Event attendee Paul Green", "Karl Brown met Paul Green"}},
		{text: "Energy Minister Paul Green is in Cairo for talks with Oil Minister Karl Brown.",
			want: []string{"Karl Brown met Paul Green", "Event location Cairo"}},
		{text: "Finance Minister Tom Yates and Central Bank Governor Rick Long are in Tokyo for talks with Finance Minister Kenji Mori.",
			want:    []string{"Kenji Mori met Tom Yates", "Kenji Mori met Rick Long"},
			notWant: []string{"Rick Long met Tom Yates"}},
		{text: "Trade Representative Tom Yates and Agriculture Secretary Rick Long will visit Tokyo in April for discussions with Trade Minister Kenji Mori.",
			want:    []string{"Event attendee Tom Yates", "Event attendee Rick Long", "Kenji Mori met Tom Yates", "Kenji Mori met Rick Long"},
			notWant: []string{"Rick Long met Tom Yates"}},
		{text: "Energy Minister Paul Green will not visit Cairo for talks with Oil Minister Karl Brown.",
			notWant: []string{"Karl Brown met Paul Green"}},
		{text: "Energy Minister Paul Green will visit Acme Corp for talks with Oil Minister Karl Brown.",
			notWant: []string{"Karl Brown met Paul Green"}},
	})
}
