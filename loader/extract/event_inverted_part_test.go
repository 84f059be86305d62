package extract

import "testing"

// TestInvertedTakingPart: "Taking part in the talks were X and Y" names
// who met (event_inverted.go); "in" after other words does not.
func TestInvertedTakingPart(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Talks\n\nTaking part in the talks were Foreign Minister Kamina Johnson Smith and Ambassador Nick Perry.",
			want: []string{"Kamina Johnson Smith met Nick Perry"}},
		{text: "Talks\n\nParticipating in the meeting were Minister Delano Seiveright and Senator Aubyn Hill.",
			want: []string{"Delano Seiveright met Aubyn Hill"}},
		{text: "Talks\n\nInterested in the talks were Foreign Minister Kamina Johnson Smith and Ambassador Nick Perry.",
			notWant: []string{"Kamina Johnson Smith met Nick Perry"}},
	})
}

// TestAudienceWith: "had an audience with" a person is a meeting of the two
// (events_modern.go); an audience of listeners is none.
func TestAudienceWith(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Vatican\n\nPrime Minister Andrew Holness had an audience with Pope Francis at the Vatican on Tuesday.",
			want: []string{"Andrew Holness met Francis"}},
		{text: "Vatican\n\nPrime Minister Andrew Holness was granted an audience with Pope Francis on Tuesday.",
			want: []string{"Andrew Holness met Francis"}},
		{text: "Vatican\n\nPrime Minister Andrew Holness did not have an audience with Pope Francis.",
			notWant: []string{"Andrew Holness met Francis"}},
		{text: "Comedy\n\nThe comedian Jimmy Carr told an audience with thousands of fans that he would retire.",
			notWant: []string{"Event attendee Jimmy Carr"}},
	})
}

// TestJoinedByAtPlace: "X was joined by Y at PLACE" is a meeting of the two
// (joinedByParties, events_joined.go); without a place, none.
func TestJoinedByAtPlace(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Visit\n\nPrime Minister Andrew Holness was joined by Finance Minister Nigel Clarke at Jamaica House on Monday.",
			want: []string{"Andrew Holness met Nigel Clarke"}},
		{text: "Visit\n\nPremier Andrew Fahie was joined by Governor John Rankin on Monday in Road Town.",
			want: []string{"Andrew Fahie met John Rankin", "Event location Road Town"}},
		{text: "Court\n\nChief Justice Rehnquist was joined by Justice Lewis Powell.",
			notWant: []string{"Rehnquist met Lewis Powell"}},
	})
}
