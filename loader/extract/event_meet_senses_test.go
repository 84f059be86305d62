package extract

import "testing"

// TestMeetNoMeeting: "meet" with a target or a reception starts no event
// (event_meet_senses.go); "met with" people and "meet" a party still do.
func TestMeetNoMeeting(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Budget\n\nChancellor Gordon Brown has been given a boost in his attempts to meet his golden economic rule, which allows him to borrow only for investment.",
			notWant: []string{"Event attendee Gordon Brown"}},
		{text: "Sugar\n\nThe European Community (EC) set its sugar areas. This is what is produced in excess of the basic area needed to meet the EC \"A\" and \"B\" quotas, which receive full and partial price support.",
			notWant: []string{"Event attendee EC", "Event attendee European Community"}},
		{text: "Wheat\n\nEfforts by the International Wheat Council to curb output have met with only partial success, officials said.",
			notWant: []string{"Event attendee International Wheat Council"}},
		{text: "Trade\n\nJapanese Prime Minister Yasuhiro Nakasone met with President Reagan in Washington.",
			want: []string{"Event attendee Yasuhiro Nakasone", "Event attendee Reagan"}},
		{text: "Trade\n\nThe finance ministers of the Group of Seven will meet in Paris on Sunday, officials said.",
			want: []string{"Event attendee Group of Seven"}},
	})
}
