package extract

import "testing"

// TestGatheringNames: a name ending in a gathering's head read as a body's
// is an event where someone attends it or speaks at it (issue 15), not
// where it only acts ("the World Economic Forum said"), not a body's name
// before its possessive.
func TestGatheringNames(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Davos\n\nChief executive John Smith attended the World Economic Forum in Davos on Tuesday.",
			want: []string{"World Economic Forum attendee John Smith"}},
		{text: "Tourism\n\nMinister Mary Jones spoke at the Caribbean Tourism Marketplace in Nassau last week.",
			want: []string{"Caribbean Tourism Marketplace attendee Mary Jones"}},
		{text: "Growth\n\nThe World Economic Forum said growth would slow, John Smith wrote.",
			notWant: []string{"World Economic Forum attendee John Smith"}},
		{text: "Davos\n\nJohn Smith did not attend the World Economic Forum in Davos.",
			notWant: []string{"World Economic Forum attendee John Smith"}},
	})
}

// TestJoinedAfterGathering: companions told after the gathering's phrase,
// "was joined at the press conference by" and "Joining X at the press
// conference were", attend it with the actor; not a list running on.
func TestJoinedAfterGathering(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Virus\n\nJoining Premier Andrew Fahie at the press conference were Health Minister Carvin Malone and Deputy Governor David Archer.",
			want: []string{"Event attendee Andrew Fahie", "Event attendee Carvin Malone", "Event attendee David Archer"}},
		{text: "Virus\n\nPremier Andrew Fahie was joined at the press conference on Tuesday by Health Minister Carvin Malone and Deputy Governor David Archer.",
			want: []string{"Event attendee Andrew Fahie", "Event attendee Carvin Malone", "Event attendee David Archer"}},
		{text: "Virus\n\nPremier Andrew Fahie was joined at the press conference by Health Minister Carvin Malone's wife and his brother.",
			notWant: []string{"Event attendee Carvin Malone"}},
	})
}
