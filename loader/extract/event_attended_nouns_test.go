package extract

import "testing"

// TestAttendedNouns: a rally, a reception, a launch, a vigil, a funeral or
// an inauguration is an event only after a verb of taking part (issue 15);
// not a market's rally, not an owner's rallies; who is mourned at a
// funeral attends nothing.
func TestAttendedNouns(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Denver\n\nSenator Maria Cruz spoke at a rally in Denver on Saturday.",
			want: []string{"Event attendee Maria Cruz", "Event location Denver"}},
		{text: "Kingston\n\nGovernor Tom Hart hosted a reception for the delegates at the State House on Friday.",
			want: []string{"Event organizer Tom Hart"}},
		{text: "Labour\n\nMr Gordon Brown was joined at the launch by John Prescott and Alan Milburn.",
			want: []string{"Event attendee John Prescott", "Event attendee Alan Milburn"}},
		{text: "Kingston\n\nPrime Minister Ken Ross attended the funeral of former minister Paul Grant in Kingston on Monday.",
			want: []string{"Event attendee Ken Ross"}, notWant: []string{"Event attendee Paul Grant"}},
		{text: "Dollar\n\nTreasurer James Baker said the dollar's rally would end.",
			notWant: []string{"Event attendee James Baker"}},
		{text: "Labour\n\nMr Gordon Brown said he was honoured to speak at the Labour Party's rallies.",
			notWant: []string{"Event attendee Labour Party"}},
	})
}

// TestAtWhichSpeakers: who speaks or testifies in a clause opened by ", at
// which" or ", during which" after the event attends it (issue 15).
func TestAtWhichSpeakers(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Hearing\n\nSenator Lisa Grant chaired the hearing, at which Commissioner Ray Stone testified.",
			want: []string{"Event attendee Ray Stone", "Event organizer Lisa Grant"}},
		{text: "Virus\n\nPremier Ann Fahie held a press conference on Monday, during which Health Minister Carvin Malone spoke.",
			want: []string{"Event attendee Carvin Malone"}},
	})
}
