package extract

import "testing"

// TestMeetPlacePastDate: the place of a meeting named after the people met
// and the day (event_meet_place_date.go); a body after "at" is no place.
func TestMeetPlacePastDate(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Talks\n\nPrime Minister Andrew Holness met with Senator Kamina Johnson Smith on Tuesday in Kingston.",
			want: []string{"Event attendee Andrew Holness", "Event attendee Kamina Johnson Smith", "Event location Kingston"}},
		{text: "Visit\n\nPrime Minister Mia Mottley received Chinese Ambassador Yan Xiusheng on Friday in Bridgetown.",
			want: []string{"Event location Bridgetown"}},
		{text: "Talks\n\nPresident Joe Biden met President Xi Jinping of China on Monday in Bali.",
			want: []string{"Event location Bali"}},
		{text: "Talks\n\nGovernor Kathy Hochul met with Mayor Eric Adams on Tuesday at Goldman Sachs.",
			notWant: []string{"Event location Goldman Sachs"}},
	})
}
