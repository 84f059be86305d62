package extract

import "testing"

// TestJoinedEvents: one who joins a named person at, for or on an
// occasion meets them there; joining someone at a firm, in a cause, or
// not at all is no meeting.
func TestJoinedEvents(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Campaign\n\nSenator Ravi Sood joined Mayor Karl Brenner at a rally in Ohio on Friday.",
			want: []string{"Event attendee Ravi Sood", "Event attendee Karl Brenner", "Ravi Sood met Karl Brenner", "Event location Ohio"}},
		{text: "Trade\n\nMary Jones joined Paul Okafor for talks in Geneva on Wednesday.",
			want: []string{"Mary Jones met Paul Okafor", "Event location Geneva"}},
		{text: "Charity\n\nActress Ann Lee joins Jay Smith at the annual charity dinner.",
			want: []string{"Ann Lee met Jay Smith"}},
		{text: "Fires\n\nMayor Ann Lee joined Governor Jay Smith on Monday for a briefing on the fires.",
			want: []string{"Ann Lee met Jay Smith"}},
		// an employer, a cause, a denial: no occasion shared
		{text: "Bank\n\nJohn Brown joined Mary White at Goldman Sachs in 2010.",
			notWant: []string{"John Brown met Mary White"}},
		{text: "Climate\n\nJohn Brown joined Mary White in calling for a carbon tax.",
			notWant: []string{"John Brown met Mary White"}},
		{text: "Campaign\n\nSenator Ravi Sood never joined Mayor Karl Brenner at the rally.",
			notWant: []string{"Ravi Sood met Karl Brenner"}},
	})
}
