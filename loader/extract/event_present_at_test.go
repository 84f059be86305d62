package extract

import "testing"

// TestPresentAtAttendees: the people a phrase of presence around the
// event's own phrase lists attend it, after the verb ("In attendance at the
// ceremony were", "Guests at the fundraiser included") or as the subject
// ("were among those who attended", "was also in attendance at"); not a
// subject the phrase does not put there.
func TestPresentAtAttendees(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Ceremony\n\nIn attendance at the ceremony were Governor John Rankin and Premier Natalio Wheatley.",
			want: []string{"Event attendee John Rankin", "Event attendee Natalio Wheatley"}},
		{text: "Awards\n\nGuests at the ceremony included Dame Judi Dench, Kim Cattrall and Colin Firth.",
			want: []string{"Event attendee Judi Dench", "Event attendee Kim Cattrall", "Event attendee Colin Firth"}},
		{text: "Talks\n\nThose at the meeting included Senator Kamina Johnson Smith and Minister Daryl Vaz.",
			want: []string{"Event attendee Kamina Johnson Smith", "Event attendee Daryl Vaz"}},
		{text: "Talks\n\nParticipants in the roundtable included Senator Kamina Johnson Smith and Minister Daryl Vaz.",
			want: []string{"Event attendee Kamina Johnson Smith", "Event attendee Daryl Vaz"}},
		{text: "Funds\n\nMinister Kareem Nelson and Minister Lorna Smith were among those who attended the fundraiser on Saturday.",
			want: []string{"Event attendee Kareem Nelson", "Event attendee Lorna Smith"}},
		{text: "Council\n\nMayor Delroy Williams was also in attendance at the meeting on Tuesday.",
			want: []string{"Event attendee Delroy Williams"}},
		{text: "Council\n\nMayor Delroy Williams was not in attendance at the meeting on Tuesday.",
			notWant: []string{"Event attendee Delroy Williams"}},
	})
}
