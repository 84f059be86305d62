package extract

import "testing"

// TestSpeakersFirmMeetings: in a story that does not open on a firm's verb,
// a general meeting told by a chairman is the firm he works for, or the one
// firm named where his title is given (event_meeting_speaker_firms.go); a
// meeting named for others ("the annual refiner meeting") and a speaker
// with two firms are given none.
func TestSpeakersFirmMeetings(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Results\n\nBrantholm Tool Corp chairman Oskar Veldt repeated that sales will rise.\n\nVeldt told the annual meeting that exports rose.",
			want: []string{"Event organizer Brantholm Tool Corp"}, notWant: []string{"Oskar Veldt met Brantholm Tool Corp"}},
		{text: "Results\n\nWorld turnover of Kessel Werke AG <KESW.F> will rise this year, management board chairman Ulf Marten said.\n\nMarten told the annual shareholders meeting that exports rose.",
			want: []string{"Event organizer Kessel Werke AG"}},
		{text: "Results\n\nOil prices will firm, analyst Dora Pike of Halden Securities Inc said.\n\nPike spoke at the annual refiner meeting in Dallas.",
			notWant: []string{"Event organizer Halden Securities Inc"}},
		{text: "Results\n\nShares rose, said Ivo Renn, chairman of Marl Chemie AG and a director of Tessin Bank AG.\n\nRenn told the annual meeting that exports rose.",
			notWant: []string{"Event organizer Marl Chemie AG", "Event organizer Tessin Bank AG"}},
	})
}
