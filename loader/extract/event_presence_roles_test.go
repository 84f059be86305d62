package extract

import "testing"

// TestPresenceRoles: who plays a part at an event (the keynote speaker, a
// panelist) or gives a speech there is there; a part of an event to come
// or one only talked of puts no one there, and a wedding once planned is
// none.
func TestPresenceRoles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Lunch\n\nPaul Sears was the keynote speaker at a Rotary Club luncheon on Thursday.",
			want: []string{"Event attendee Paul Sears"}},
		{text: "Forum\n\nPia Sears delivered the keynote address at the Caribbean Investment Forum in Nassau on Wednesday.",
			want: []string{"Caribbean Investment Forum attendee Pia Sears"}},
		{text: "Ceremony\n\nPoe Sears gave remarks during the opening ceremony on Monday.",
			want: []string{"Event attendee Poe Sears"}},
		{text: "Forum\n\nPaul Sears was a panelist at the forum in Nassau on Monday.",
			want: []string{"Event attendee Paul Sears"}},
		// a speaker of something else, a remark made (maybe to reporters)
		{text: "Lunch\n\nPaul Sears was the speaker of the house at the time of the luncheon.",
			notWant: []string{"Event attendee Paul Sears"}},
		{text: "Wedding\n\nClijsters was also due to marry fellow tennis star Lleyton Hewitt in February but the pair split.",
			notWant: []string{"Event attendee Lleyton Hewitt"}},
	})
}

// TestLeadTitleWords: a lower-case post or trade before a name does not
// hide the person it names from a guest list or a host's verb.
func TestLeadTitleWords(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Dinner\n\nGuests at the dinner included banker Tara Gibson and businessman Frank Woods.",
			want: []string{"Event attendee Tara Gibson", "Event attendee Frank Woods"}},
		{text: "Trade\n\nAttorney General Ken Pinder hosted trade commissioner Mark Duval at his office in Nassau last Tuesday.",
			want: []string{"Ken Pinder met Mark Duval"}},
		{text: "Trade\n\nAttorney General Leo Pinder hosted Canadian trade commissioner Mike Duchamp at his office in Nassau.",
			want: []string{"Leo Pinder met Mike Duchamp"}},
	})
}

// TestCompanionAppositions: who an apposition puts with the subject ("who
// was joined by", "alongside", "along with") is at the event the subject
// addresses or speaks at.
func TestCompanionAppositions(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Briefing\n\nCommissioner Antony Anderson, who was joined by Deputy Commissioner Fitz Bailey, addressed the press briefing on Tuesday.",
			want: []string{"Event attendee Antony Anderson", "Event attendee Fitz Bailey"}},
		{text: "Briefing\n\nPrime Minister Mia Mottley, alongside Attorney General Dale Marshall, spoke at the press conference on Sunday.",
			want: []string{"Event attendee Mia Mottley", "Event attendee Dale Marshall"}},
		// who is only named beside the subject is not put there
		{text: "Briefing\n\nCommissioner Antony Anderson, who was appointed by Prime Minister Andrew Holness, addressed the press briefing on Tuesday.",
			notWant: []string{"Event attendee Andrew Holness"}},
	})
}

// TestDelegationLeaders: a delegation's leader named after "led by" is the
// party a host receives, hosts or meets.
func TestDelegationLeaders(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Visit\n\nAttorney General Ryan Pinder hosted a delegation led by trade commissioner Marc Dube at his office in Nassau last Tuesday.",
			want: []string{"Ryan Pinder met Marc Dube"}},
		{text: "Visit\n\nForeign Minister Fred Mitchell received a delegation led by Chinese Ambassador Yan Jiarong on Monday.",
			want: []string{"Fred Mitchell met Yan Jiarong"}},
		{text: "Visit\n\nPrime Minister Philip Davis met a delegation led by Governor Ron DeSantis in Nassau on Wednesday.",
			want: []string{"Philip Davis met Ron DeSantis"}},
	})
}
